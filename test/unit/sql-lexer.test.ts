// The SQL lexer: string literals decoded with each character mapped to its source (findings land on
// them), comments skipped, dollar-quoted bodies read as statements, psql variables told from literals;
// total on any input, its tokens in order and inside the text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { lexSql, type SqlToken } from '../../server/src/engine/languages/sql';

const shown = (token: SqlToken): string => (token.kind === 'string' || token.kind === 'quoted' ? `${token.kind}:${token.value.text}` : token.kind === 'variable' ? 'variable' : token.text);

describe('sql lexer', () => {
  it('reads words, strings (doubled quotes, N and E prefixes), quoted identifiers and punctuation', () => {
    const text = `CREATE USER "ops" IDENTIFIED BY 'it''s'; SET x = N'a', E'b';`;
    assert.deepEqual(lexSql(text).map(shown), ['CREATE', 'USER', 'quoted:ops', 'IDENTIFIED', 'BY', "string:it's", ';', 'SET', 'x', '=', 'string:a', ',', 'string:b', ';']);
  });

  it('maps a decoded character back to its source, a doubled quote to both characters', () => {
    const text = "PASSWORD 'a''b'";
    const literal = lexSql(text)[1]!;
    assert.ok(literal.kind === 'string');
    assert.deepEqual(literal.value.span(1, 2), { start: 11, end: 13 });
    assert.equal(text.slice(literal.start, literal.end), "'a''b'");
  });

  it('skips comments, reads a DO body as statements, and tells psql variables from literals', () => {
    const text = "-- PASSWORD 'x'\n/* PASSWORD 'y' */ DO $$ BEGIN CREATE ROLE r PASSWORD 'z'; END $$; ALTER ROLE a PASSWORD :'pw';";
    const kinds = lexSql(text).map(shown);
    assert.ok(!kinds.includes('string:x') && !kinds.includes('string:y'));
    assert.ok(kinds.includes('string:z'));
    assert.equal(kinds.at(-2), 'variable');
  });

  it('is total on any input: tokens in order, inside the text, never empty', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '"', '$', ':', '-', '/', '*', 'N', 'a', ' ', '\n', '=', '(') }), (text) => {
        let last = 0;
        for (const token of lexSql(text)) {
          assert.ok(token.start >= last && token.end > token.start && token.end <= text.length);
          last = token.end;
        }
      }),
    );
  });
});
