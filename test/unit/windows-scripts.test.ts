// The Windows script readers are total and exact: any input gives lines whose characters map back
// inside the text, in order; `set` and PowerShell assignments are told from commands, and variable
// reads reach the shell lexer spelled `${NAME}`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { batchLines, powershellLines, type ScriptLine } from '../../server/src/engine/languages/windows-scripts';
import { assertMappedInOrder } from '../helpers/mappedOrder';

const PIECES = ['\r\n', '\n', ' ', 'set ', '"', "'", '=', '%', '%X%', '!X!', '$', '$env:', 'X', '@', 'rem ', '::', '<#', '#>', '#', '@{', '}', 'ConvertTo-SecureString ', '/p ', '^', '`', 'é'];

const textOf = (line: ScriptLine) => (line.kind === 'command' ? line.text : line.value);
const shown = (line: ScriptLine) => `${line.kind === 'assignment' ? `${line.name}=` : line.kind === 'password' ? 'password:' : '$ '}${textOf(line).text}`;

const assertMapped = (text: string, lines: readonly ScriptLine[]) => assertMappedInOrder(text, lines.map(textOf));

describe('Windows script readers', () => {
  it('are total, and map every character they give inside the text, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 50 }).map((pieces) => pieces.join('')), (text) => {
        assertMapped(text, batchLines(text));
        assertMapped(text, powershellLines(text));
      }),
    );
  });

  it('batch: set lines, prompts, comments and reads', () => {
    const text = '@echo off\r\nrem set A=1\r\nset "DB_PASSWORD=p4ss" \r\nset /p ADMIN=Password: \r\nset TOKEN=%TOKEN%\r\nmysql -p!PW! x\r\n';
    assert.deepEqual(batchLines(text).map(shown), ['$ echo off', 'DB_PASSWORD=p4ss', 'TOKEN=${TOKEN}', '$ mysql -p${PW} x']);
  });

  it('PowerShell: assignments, hashtable entries, SecureStrings, block comments and reads', () => {
    const text = '<#\n$a = "x"\n#>\n$env:API_KEY = "k1"\n$t = "Bearer $env:T"\n  Authorization = \'Basic b2\'\n$s = ConvertTo-SecureString "p3" -AsPlainText\n& tool.exe --token $t\n';
    assert.deepEqual(powershellLines(text).map(shown), ['API_KEY=k1', 't=Bearer ${T}', 'Authorization=Basic b2', 'password:p3', '$ & tool.exe --token ${t}']);
  });
});
