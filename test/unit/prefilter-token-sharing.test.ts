// The credential prefilter's whole-text passes, made cheaper without changing an answer: the token formats'
// whole-text tests answered once per file for the token test and the checks' patterns alike, URL schemes
// found from their `://` rather than by a regex tried at every letter, and an equality opening a line found
// from its `==` rather than by a `^` alternative tried at every character.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { oncePerFile, TextPrefilters } from '../../server/src/engine/prefilter';
import { mayHoldToken, quickTestOf, TOKEN_FORMATS } from '../../server/src/engine/secrets';
import { urlSchemes } from '../../server/src/engine/secrets/connectionUrls';
import { CREDENTIAL_PATTERNS } from '../../server/src/engine/rules/hardcoded-credential/keywords';
import { equalitiesAfterLiterals, mayHoldTokenIn } from '../../server/src/engine/rules/hardcoded-credential/javascript-prefilter';

/** What urlSchemes replaced: each match is a scheme before `://` (or the typo `:://`). */
const SCHEME = /(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]{1,30})::?\/\//g;
const byRegex = (text: string) => [...text.matchAll(SCHEME)].map((match) => ({ index: match.index, end: match.index + match[0].length, scheme: match[1]! }));

describe('URL schemes found from their `://`', () => {
  it('finds what the scheme regex finds', () => {
    const cases = ['postgres://u:p@h/db', 'jdbc:mysql://h', 'a://b', 'ab://c', '1ab://c', 'x.ab://c', `${'a'.repeat(31)}://h`, `${'a'.repeat(32)}://h`, `-${'a'.repeat(31)}://h`, 'é+ab://c', 'mongodb+srv://u:p@h', ':///', 'git+ssh://a://b', 'mysql:://u:p@h', 'ab:::/' + '/c', 'a:://b', '::://'];
    for (const text of cases) assert.deepEqual([...urlSchemes(text)], byRegex(text), text);
  });

  it('finds what the scheme regex finds in any text of scheme characters, colons and slashes', () => {
    const piece = fc.constantFrom('a', 'Z', '7', '+', '.', '-', ':', '/', ' ', 'é', '://', 'jdbc:', 'a'.repeat(15), 'b'.repeat(16));
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
      assert.deepEqual([...urlSchemes(text)], byRegex(text));
    }), { numRuns: 5000 });
  });
});

describe('token formats tested once per file', () => {
  it('gives the checks the same regex objects the token test asks', () => {
    const noWord = TOKEN_FORMATS.filter((format) => format.pattern && format.keywords.every((keyword) => keyword.length < 3 || keyword === '-us'));
    assert.ok(noWord.length > 0);
    for (const format of noWord) assert.ok(CREDENTIAL_PATTERNS.includes(quickTestOf(format, format.pattern!)), format.id);
  });

  it('answers as mayHoldToken does, and keeps each whole-text answer for the checks\' patterns', () => {
    const texts = ['const a = 1;', 'abandon ability able about above absent absorb abstract absurd abuse access accident', `key: 'sk_live_${'a1B2'.repeat(6)}'`, 'x = "-0123abcd-89abcdef"'];
    const seedPhrase = TOKEN_FORMATS.find((format) => format.id === 'bip39-mnemonic')!;
    for (const text of texts) {
      const file = new TextPrefilters(text).input({});
      const expected = mayHoldToken(text, text.toLowerCase());
      assert.equal(mayHoldTokenIn(file), expected, text);
      // The seed phrase's test comes first: asked by a check's patterns now, it is answered, not run again.
      const quick = quickTestOf(seedPhrase, seedPhrase.pattern!);
      assert.equal(oncePerFile(file, quick, () => assert.fail('ran again')), quick.test(text), text);
    }
  });
});

/** The one alternation the literal-side equalities were read with: the prefilter reads where each match ends. */
const EQUALITY_BEFORE = /(?:['"`]|\*\/)[\s)\]}]*(?:(?:as|satisfies)\s[^;,{}()\n=!'"`]*)?[!=]=|^[^\S\r\n\u2028\u2029]*[!=]=/gm;
const ends = (matches: Iterable<RegExpMatchArray>) => [...new Set([...matches].map((match) => match.index! + match[0].length))].sort((a, b) => a - b);

describe('equalities after a literal, in two passes', () => {
  it('ends where the one alternation ends', () => {
    const cases = ["if ('x' === password)", "  == token", "('x' as string) !== user.apiKey", "/* a */ != b", "a\r\n\t=== b", "'a'\n  ===\n== c", "x = '' == '' != ''", "\u2028 != x"];
    for (const text of cases) assert.deepEqual(ends(equalitiesAfterLiterals(text)), ends(text.matchAll(EQUALITY_BEFORE)), JSON.stringify(text));
  });

  it('ends where the one alternation ends in any text of quotes, brackets, casts, blanks and equalities', () => {
    const piece = fc.constantFrom("'", '"', '`', '*/', ')', ']', '}', ' ', '\t', '\n', '\r', '\u2028', '=', '!', '==', '!=', 'as ', 'satisfies ', 'x', ';', '/');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
      assert.deepEqual(ends(equalitiesAfterLiterals(text)), ends(text.matchAll(EQUALITY_BEFORE)));
    }), { numRuns: 5000 });
  });
});
