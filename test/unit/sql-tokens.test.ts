// The SQL tokenizer is total and exact: any input gives ordered tokens inside the text, each
// string's decoded characters map back to their source, and comments and function bodies are skipped.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { sqlTokens } from '../../server/src/engine/languages/sql';

const SQL_PIECES = ["'", "''", '\\', '--', '\n', '/*', '*/', '$$', '$fn$', '"', '`', '[', ']', 'PASSWORD', ' ', '=', ';', '(', ')', ',', 'a', 'é', '#'];

describe('sqlTokens', () => {
  it('is total, ordered and inside the text on any input', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SQL_PIECES), { maxLength: 60 }).map((pieces) => pieces.join('')), (text) => {
        let last = 0;
        for (const token of sqlTokens(text)) {
          assert.ok(token.start >= last && token.end > token.start && token.end <= text.length, JSON.stringify({ text, token }));
          last = token.end;
          if (token.kind === 'string') {
            for (let index = 0; index < token.value.text.length; index++) {
              assert.ok(token.value.startAt(index) > token.start && token.value.endAt(index) <= token.end);
            }
          }
        }
      }),
    );
  });

  it('decodes doubled quotes and keeps exact spans', () => {
    const text = "ALTER USER app PASSWORD 'it''s-9Kq';";
    const string = sqlTokens(text).find((token) => token.kind === 'string');
    assert.equal(string?.kind === 'string' ? string.value.text : undefined, "it's-9Kq");
    assert.deepEqual(string && { start: string.start, end: string.end }, { start: 24, end: 35 });
  });

  it('skips comments and dollar-quoted bodies', () => {
    const text = "-- PASSWORD 'a'\n/* 'b' */ CREATE FUNCTION f() AS $body$ SELECT 'c' $body$; SELECT 'd'";
    const strings = sqlTokens(text).flatMap((token) => (token.kind === 'string' ? [token.value.text] : []));
    assert.deepEqual(strings, ['d']);
  });
});
