// An editor's edits reparse incrementally (ts.updateSourceFile, tree-sitter's tree.edit): the
// findings must be exactly those of a fresh parse of the same text, edit after edit.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ParsedDocument } from '../../server/src/engine/languages';
import { changedRegion } from '../../server/src/engine/languages/incremental';
import { scan, scanParsed } from '../../server/src/engine/scan';
import type { LanguageId } from '../../server/src/engine/types';
import { grammarsLoadedBefore } from '../helpers/grammars';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'black-friday-shop');
const FILES: Array<{ path: string; language: LanguageId }> = [
  { path: 'src/config.js', language: 'javascript' },
  { path: 'src/routes/cart.js', language: 'javascript' },
  { path: 'services/recommendations/app.py', language: 'python' },
  { path: 'services/inventory/main.go', language: 'go' },
];

const grammars = grammarsLoadedBefore(['python', 'go']);

/** Replaces text[start, end) with `insert`; positions are taken modulo the text's length. */
const editArb = fc.record({ start: fc.nat(), length: fc.nat({ max: 40 }), insert: fc.constantFrom('', 'x', '\n', "'", '"kT9vQ2mZ7rX4pL8w"', ' password = ', '(', '}', 'é€😀') });

function applyEdit(text: string, edit: { start: number; length: number; insert: string }): string {
  const start = edit.start % (text.length + 1);
  return text.slice(0, start) + edit.insert + text.slice(Math.min(text.length, start + edit.length));
}

describe('incremental parsing', () => {
  it('finds the region an edit changed', () => {
    assert.deepEqual(changedRegion('const a = 1;', 'const ab = 1;'), { start: 7, oldEnd: 7, newEnd: 8 });
    assert.deepEqual(changedRegion('aaaa', 'aa'), { start: 2, oldEnd: 4, newEnd: 2 });
    assert.deepEqual(changedRegion('same', 'same'), { start: 4, oldEnd: 4, newEnd: 4 });
  });

  for (const file of FILES) {
    it(`gives the findings of a fresh parse after every edit: ${file.language} (${file.path})`, () => {
      const original = readFileSync(join(EXAMPLE, file.path), 'utf8');
      const options = { treeSitter: grammars };
      assert.ok(scan({ path: file.path }, original, options).length > 0, 'the example has findings to keep');
      fc.assert(
        fc.property(fc.array(editArb, { minLength: 1, maxLength: 6 }), (edits) => {
          let parsed = new ParsedDocument(file.path, original, file.language, grammars);
          scanParsed(parsed, options);
          try {
            for (const edit of edits) {
              parsed = ParsedDocument.edited(parsed, applyEdit(parsed.text, edit));
              const fresh = scan({ path: file.path, language: file.language }, parsed.text, options);
              assert.deepEqual(scanParsed(parsed, options), fresh);
            }
          } finally {
            parsed.dispose();
          }
        }),
        { numRuns: 40 },
      );
    });
  }

  it('reuses the unchanged statements of a TypeScript tree', () => {
    const text = readFileSync(join(EXAMPLE, 'src/config.js'), 'utf8');
    const first = new ParsedDocument('src/config.js', text, 'javascript');
    const firstStatements = [...first.typescript.statements];
    const second = ParsedDocument.edited(first, `${text}\n// an edit at the end\n`);
    const reused = second.typescript.statements.filter((statement) => firstStatements.includes(statement));
    assert.ok(reused.length >= firstStatements.length - 1, `${reused.length} of ${firstStatements.length} statements reused`);
  });
});
