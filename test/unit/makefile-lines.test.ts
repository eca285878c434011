// The Makefile reader is total and exact: any input gives lines whose characters map back inside the
// text, in order; assignments and recipes are told apart as make tells them, and make's own syntax
// (`$$`, `$(X)`, comments, continuations, define bodies) reaches the shell lexer as the shell sees it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { makefileLines, type MakeLine } from '../../server/src/engine/languages/makefile';
import { assertMappedInOrder } from '../helpers/mappedOrder';

const PIECES = ['\t', '\n', '\\', '\\\n', ':', '::', '=', ':=', '?=', '!=', '$', '$$', '$(', ')', '(', '#', ' ', 'X', 'export ', 'define ', 'endef', '@', '-', ';', '"', "'", 'é'];

const textOf = (line: MakeLine) => (line.kind === 'assignment' ? line.value : line.command);

describe('makefileLines', () => {
  it('is total, and maps every character it gives inside the text, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((pieces) => pieces.join('')), (text) => {
        assertMappedInOrder(text, makefileLines(text).map(textOf));
      }),
    );
  });

  it('tells assignments from recipes, and reads a recipe as the shell gets it', () => {
    const text = 'export TOKEN ?= a1 # note\nAPI != cat key\nbuild: deps\n\t@curl -u "$(USER):$$PASS" x \\\n\t  --fail\n# comment\nrelease: KEY = k2\ndefine HELP\nPASSWORD = no\nendef\n';
    const lines = makefileLines(text).map((line) => (line.kind === 'assignment' ? `${line.name}=${line.value.text}` : `$ ${line.command.text}`));
    assert.deepEqual(lines, ['TOKEN=a1', '$ curl -u "${USER}:$PASS" x \\\n\t  --fail', 'KEY=k2']);
  });

  it('maps a value back to its source characters', () => {
    const text = 'DB_URL := postgres://u:p4ss@db/app # local\n';
    const [line] = makefileLines(text);
    assert.equal(line?.kind, 'assignment');
    const value = textOf(line!);
    const at = value.text.indexOf('p4ss');
    assert.deepEqual(value.span(at, at + 4), { start: text.indexOf('p4ss'), end: text.indexOf('p4ss') + 4 });
  });

  it('joins a continued line whatever the line breaks (a Makefile saved on Windows)', () => {
    const lines = (text: string) => makefileLines(text).map((line) => (line.kind === 'assignment' ? `${line.name}=${line.value.text}` : `$ ${line.command.text}`));
    assert.deepEqual(lines('deploy:\r\n\tmysql -u app \\\r\n\t  -pS3cr3t\r\nX = 1\r\n'), lines('deploy:\n\tmysql -u app \\\n\t  -pS3cr3t\nX = 1\n').map((line) => line.replace('\n', '\r\n')));
    assert.equal(lines('deploy:\r\n\tmysql -u app \\\r\n\t  -pS3cr3t\r\n').length, 1);
  });
});
