// splitWords and identifierWords read a name in one pass over its characters; these hold them to the
// chains of regular expressions they replaced (kept here as the references), on names of every casing
// and on any text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { identifierWords, splitWords } from '../../server/src/engine/secrets/words';

/** The reference: case boundaries, then acronym ends, then letter-digit boundaries, split on the rest. */
function byRegularExpressions(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])(?=[A-Z][a-z])/g, '$1 ')
    .replace(/([A-Za-z])([0-9])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}

/** Pieces names are made of, the run-together credential words among them. */
const PIECES = ['db', 'DB', 'Password', 'password', 'PASSWORD', 'pw', 'Pw', 'api', 'API', 'Key', 'key', 'HTTP', 'Server', 'secret', 'Secret', 'token', 'x', 'X', 'oauth2', '2', '42', 'v', 'wg', 'encryption', 'salt', 'box', '_', '-', '.', '$', ' ', 'é', 'Ä', '😀', 'passwordsalt', 'bindpw', 'smtppass', 'xapikey'];
const name = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join(''));

describe('splitWords', () => {
  it('reads the usual spellings of a name alike', () => {
    for (const spelling of ['dbPassword', 'DB_PASSWORD', 'db-password', 'dbpassword', 'DbPassword', 'db.password']) assert.deepEqual(splitWords(spelling), ['db', 'password'], spelling);
    assert.deepEqual(splitWords('HTTPServerKey2'), ['http', 'server', 'key', '2']);
    assert.deepEqual(splitWords('oauth2Token'), ['oauth', '2', 'token']);
  });

  it('splits as the regular expressions did, then splits compounds as before', () => {
    // Compounds: each reference word goes through splitWords alone (a single word has no other boundary).
    const expected = (text: string) => byRegularExpressions(text).flatMap((word) => splitWords(word));
    fc.assert(fc.property(fc.oneof(name, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme-ascii', maxLength: 40 })), (text) => assert.deepEqual(splitWords(text), expected(text))), { numRuns: 2000 });
  });

  it('keeps the words as the regular expressions cut them when no compound applies', () => {
    const plain = fc.array(fc.constantFrom('Host', 'HTTP', 'Name', 'url', 'URL', '2', 'v', 'IO', '_', '-', 'é'), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(fc.property(plain, (text) => assert.deepEqual(splitWords(text), byRegularExpressions(text))), { numRuns: 1000 });
  });

  it('identifierWords cuts at case boundaries only, as its regular expressions did, case kept', () => {
    const reference = (text: string) =>
      text
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z])(?=[A-Z][a-z])/g, '$1 ')
        .split(/[^A-Za-z0-9]+/)
        .filter((word) => word.length > 0);
    assert.deepEqual(identifierWords('oauth2Token'), ['oauth2', 'Token']);
    fc.assert(fc.property(fc.oneof(name, fc.string({ maxLength: 40 })), (text) => assert.deepEqual(identifierWords(text), reference(text))), { numRuns: 2000 });
  });
});
