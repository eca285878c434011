// The "ignore in .twelve-factor.json" alternative for files without comments (JSON): what it writes
// into the config, and where it refuses to write.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfig } from '../../server/src/engine/config';
import { addIgnoreGlob, literalGlob } from '../../server/src/engine/fixes/configIgnore';
import { compileGlobs } from '../../server/src/glob';

describe('ignore in .twelve-factor.json', () => {
  it('escapes glob characters, so the entry names exactly the one file', () => {
    const glob = literalGlob('config/{prod}[1]*.json');
    const matches = compileGlobs([glob]);
    assert.ok(matches('config/{prod}[1]*.json'));
    assert.ok(!matches('config/p1x.json') && !matches('config/prod1.json'));
  });

  it('leaves a config alone that does not parse, is no object, or has an ignore that is no list', () => {
    assert.equal(addIgnoreGlob('{ "ignore": [', 'a.json'), undefined);
    assert.equal(addIgnoreGlob('["a.json"]', 'a.json'), undefined);
    assert.equal(addIgnoreGlob('{ "ignore": "a.json" }', 'a.json'), undefined);
  });

  it('keeps tabs and CRLF line endings of the config it edits', () => {
    const before = '{\r\n\t"failOn": "warning"\r\n}\r\n';
    const after = addIgnoreGlob(before, 'a.json')!;
    assert.ok(after.changed);
    assert.ok(!/[^\r]\n/.test(after.text), 'CRLF only');
    assert.match(after.text, /\r\n\t"ignore": \[\r\n\t\t"a\.json"\r\n\t\]/);
    assert.deepEqual(parseConfig(after.text, '.twelve-factor.json').config.ignore, ['a.json']);
  });
});
