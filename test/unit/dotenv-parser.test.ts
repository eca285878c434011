// One .env parser for the rules and the fixes (engine/languages/dotenv.ts), reading as the
// `dotenv` npm package does. Each row: a file, what dotenv reads from it, and that the rule side
// (a scanned document's entries, with the source text under each value's span) and the fix side
// (readEnvFile) read exactly that too. Before, the two sides had a parser each and disagreed on
// escaped quotes in double quotes and on CRLF inside a quoted value.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import dotenv from 'dotenv';
import { ParsedDocument } from '../../server/src/engine/languages';
import { readEnvFile } from '../../server/src/engine/languages/dotenv';

const TABLE: Array<[name: string, file: string, reads: Record<string, string>]> = [
  ['a plain value', 'A=plain\n', { A: 'plain' }],
  ['export', 'export B=exported\n', { B: 'exported' }],
  ['export with spaces around =', "export W = 'spaced equals'\n", { W: 'spaced equals' }],
  ['single quotes keep $ and #', "C='single $x # kept'\n", { C: 'single $x # kept' }],
  ['double quotes decode \\n', 'D="double\\nline"\n', { D: 'double\nline' }],
  ['double quotes keep \\" as typed', 'E="keeps \\"escaped\\" quotes"\n', { E: 'keeps \\"escaped\\" quotes' }],
  ['an escaped backslash before n still decodes the n', 'V="a\\\\nb"\n', { V: 'a\\\nb' }],
  ['backticks', 'F=`backtick`\n', { F: 'backtick' }],
  ['a comment after a value', 'G=value # comment\n', { G: 'value' }],
  ['# ends an unquoted value', 'H=value#hash\n', { H: 'value' }],
  ['= inside the value', 'I=a=b=c\n', { I: 'a=b=c' }],
  ['an empty value', 'J=\n', { J: '' }],
  ['an empty quoted value', 'J2=""\n', { J2: '' }],
  ['spaces around a value', 'K=   spaced   \n', { K: 'spaced' }],
  ['KEY: value', 'L: colon\n', { L: 'colon' }],
  ['CRLF line endings', 'M=crlf\r\nN=next\r\n', { M: 'crlf', N: 'next' }],
  ['CRLF inside a quoted value reads as LF', 'Q2="one\r\ntwo"\r\n', { Q2: 'one\ntwo' }],
  ['a byte order mark', '\uFEFFO=bom\n', { O: 'bom' }],
  ['duplicate keys: the last wins', 'P=first\nP=second\n', { P: 'second' }],
  ['a double-quoted value across lines', 'Q="line one\nline two"\n', { Q: 'line one\nline two' }],
  ['a single-quoted value across lines', "R='a\nb'\n", { R: 'a\nb' }],
  ['a commented-out entry', '# S=commented\nS2=kept\n', { S2: 'kept' }],
  ['an unterminated quote is kept as typed', 'T="unterminated\n', { T: '"unterminated' }],
  ['no variable expansion', 'X=${Y}\n', { X: '${Y}' }],
  ['indentation', '  indented=yes\n', { indented: 'yes' }],
  ['no final newline', 'Z=last', { Z: 'last' }],
];

describe('the one .env parser', () => {
  for (const [name, file, reads] of TABLE) {
    it(name, () => {
      assert.deepEqual({ ...dotenv.parse(file) }, reads, 'the row is what dotenv itself reads');
      assert.deepEqual(Object.fromEntries(readEnvFile(file)), reads, 'the fix side');
      const entries = new ParsedDocument('.env', file, 'dotenv').dotenv;
      const lastOfEach = Object.fromEntries(entries.map((entry) => [entry.key, entry.value.text]));
      assert.deepEqual(lastOfEach, reads, 'the rule side');
      for (const entry of entries) {
        const written = file.slice(entry.valueSpan.start, entry.valueSpan.end);
        const quoted = entry.quote !== undefined;
        assert.equal(quoted ? written.slice(1, -1).replace(/\\n/g, '\n').replace(/\r\n/g, '\n') : written, entry.value.text, 'the span holds the value as written');
      }
    });
  }

  it('maps each character of a decoded value to its source, across CRLF and escapes', () => {
    const file = 'A=1\r\nSECRET="ab\\ncd\r\nef"\r\n';
    const [, secret] = new ParsedDocument('.env', file, 'dotenv').dotenv;
    assert.equal(secret!.value.text, 'ab\ncd\nef');
    assert.equal(file.slice(secret!.value.span(2, 3).start, secret!.value.span(2, 3).end), '\\n');
    assert.equal(file.slice(secret!.value.span(5, 6).start, secret!.value.span(5, 6).end), '\r\n');
    assert.equal(file.slice(secret!.value.span(6, 8).start, secret!.value.span(6, 8).end), 'ef');
  });
});
