// The production bundles are made ASCII (scripts/ascii-bundle.mjs) so that V8 holds their source as a
// one-byte string: the regular expressions it rewrites must match exactly what they matched before.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { bundleSource } from '../../server/src/entry/bundleLoader';

// An ES module (esbuild.mjs imports it), so imported dynamically from this CommonJS test.
let asciiBundle: (text: string) => string;
before(async () => {
  ({ asciiBundle } = await import('../../scripts/ascii-bundle.mjs'));
});

/** The regular expressions a module of `source` exports as `r`, evaluated. */
function regexesOf(source: string): RegExp[] {
  const module = { exports: {} as { r: RegExp[] } };
  new Function('module', source)(module);
  return module.exports.r;
}

const SAMPLES = ['…', '•••', 'a…b', 'à', 'ÿ', 'é', '😀', '\uD83D', 'x', '...', 'Kennwort bestätigen', ''];

describe('asciiBundle', () => {
  it('escapes the characters of regular expression literals, which then match the same strings', () => {
    const source = 'module.exports.r = [/…|•••/i, /[à-ÿ•]+/, /^[*xX•#.?_\\-\\s]+$/, /😀/u, /😀/, /[😀]/u, /bestätigen$/v];\n';
    const escaped = asciiBundle(source);
    assert.match(escaped, /^[\x00-\x7F]*$/);
    const before = regexesOf(source);
    const after = regexesOf(escaped);
    before.forEach((regex, index) => {
      assert.equal(after[index]!.flags, regex.flags);
      for (const sample of SAMPLES) assert.equal(after[index]!.test(sample), regex.test(sample), `${regex} on ${JSON.stringify(sample)}`);
    });
  });

  it('leaves an ASCII bundle as it is', () => {
    const source = 'var a = "\\u2026", b = /x/;\n';
    assert.equal(asciiBundle(source), source);
  });

  it('refuses a character it cannot escape without changing the code: a tagged template, an escaped character', () => {
    assert.throws(() => asciiBundle('var s = String.raw`é`;\n'), /outside regular expression literals/);
    assert.throws(() => asciiBundle('var r = /\\…/;\n'), /escaped non-ASCII/);
  });

  it('reads a minified bundle nested thousands of levels deep', () => {
    const chain = Array.from({ length: 5000 }, (_, index) => `a${index}`).join(',');
    const source = `var x = (${chain}, /…/);\n`;
    assert.equal(asciiBundle(source), `var x = (${chain}, /\\u2026/);\n`);
  });
});

// bundleLoader.ts reads an ASCII bundle as Latin-1 (its bytes are the one-byte string) and any other as UTF-8.
describe('bundleSource', () => {
  it('is the UTF-8 decoding of the bytes, for ASCII bundles and for development bundles with other characters', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary-ascii' }), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (text) => {
        const bytes = Buffer.from(text, 'utf8');
        assert.equal(bundleSource(bytes), bytes.toString('utf8'));
      }),
      { numRuns: 500 },
    );
    for (const text of ['const a = "\\u2026";\n', 'const b = /…/;\n', '', '\x7F\x00']) assert.equal(bundleSource(Buffer.from(text, 'utf8')), text);
  });
});
