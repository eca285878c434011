// A file's keyword tests are one pass over its lowered text for every keyword of its language's checks
// (KeywordTable): each check then reads which words the file holds. The pass must say exactly what
// `lowered.includes(word)` says for every word, overlapping and nested ones included, or a check would
// skip a file it reports in (or run on one it used to skip). TFL_KEYWORD_RUNS=1000000 runs it longer.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { keywordTableOf } from '../../server/src/engine/checkRuns';
import { holdsKeyword, KeywordTable, TextPrefilters } from '../../server/src/engine/prefilter';
import { RULES } from '../../server/src/engine/rules';
import { LANGUAGE_IDS } from '../../server/src/engine/languages/catalogue';

const RUNS = Number(process.env['TFL_KEYWORD_RUNS'] ?? 2000);

/** Words over a small alphabet, so that they overlap, nest and share prefixes in the generated texts. */
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '.', '('), minLength: 1, maxLength: 6 });

describe('one keyword pass per file', () => {
  it('finds exactly the words the text holds, overlapping and nested ones too', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 12 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c', '.', '(', 'x'), maxLength: 60 }), (words, text) => {
        const table = new KeywordTable(words);
        const hits = table.find(text);
        for (const one of words) assert.equal(table.holdsAny(hits, [one]), text.includes(one), `${JSON.stringify(one)} in ${JSON.stringify(text)}`);
        assert.equal(table.holdsAny(hits, words), words.some((one) => text.includes(one)));
      }),
      { numRuns: RUNS, seed: 20261207 },
    );
  });

  it('reads the cases a leftmost match alone would miss', () => {
    const table = new KeywordTable(['pass', 'sword', 'passport', 'port', 'ass']);
    const hits = table.find('password');
    assert.deepEqual(['pass', 'sword', 'passport', 'port', 'ass'].filter((one) => table.holdsAny(hits, [one])), ['pass', 'sword', 'ass']);
    assert.equal(new KeywordTable([]).find('anything').length, 0);
  });

  it('gives each check of every language the answer of its own keywords', () => {
    const texts = ['const secret = "x"; app.listen(3000)', 'import winston from "winston"', 'password: hunter2\nport: 8080', '', 'nothing here'];
    for (const language of LANGUAGE_IDS) {
      const table = keywordTableOf(RULES, language);
      for (const text of texts) {
        const input = new TextPrefilters(text).input({});
        for (const rule of RULES) {
          for (const check of rule.checks) {
            if (!check.languages.includes(language) || check.keywords.length === 0) continue;
            assert.equal(holdsKeyword(input, table, check.keywords), check.keywords.some((one) => input.lowered.includes(one)), `${rule.meta.id} (${language}) on ${JSON.stringify(text)}`);
          }
        }
      }
    }
  });
});
