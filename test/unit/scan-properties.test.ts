// Properties of scan() that hold for any input: it never throws, it is deterministic, and every
// finding's span and range lie inside the document and agree with each other. Inputs are
// arbitrary text and arbitrary mutations of every rule's own examples (the inputs most likely
// to reach deep into a rule), in every language the engine reads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { scan } from '../../server/src/engine/scan';
import { LineIndex } from '../../server/src/engine/source';
import type { Finding, OffsetEdit } from '../../server/src/engine/types';
import { exampleSets } from '../../server/src/engine/rules/examples';
import { parseMarkers } from '../helpers/markers';
import { grammarsLoadedBefore } from '../helpers/grammars';

const grammars = grammarsLoadedBefore();

interface Sample {
  path: string;
  code: string;
}

const EXAMPLES: Sample[] = exampleSets().flatMap(({ examples }) => [
  ...examples.valid.map((example) => ({ path: example.path, code: example.code })),
  ...examples.invalid.map((example) => ({ path: example.path, code: parseMarkers(example.code).code })),
]);
const PATHS = [...new Set(EXAMPLES.map((example) => example.path))];

/** Pieces that break parsers: unbalanced quotes and brackets, lone surrogates, mixed line ends, NUL, BOM, astral characters. */
const NASTY = ['"', "'", '`', '${', '{', '}', '[', ']', '(', ')', '/*', '*/', '//', '#', '\\', '\r\n', '\r', '\n', '\t', '\uD800', '\uDC00', '😀', '\u0000', '\uFEFF', ': ', '=', '- ', '&a', '*a', '<<EOF', 'sk_live_', 'AKIA', 'postgres://u:p@h/', '-----BEGIN RSA PRIVATE KEY-----'];
/** Words that get the checks past their keyword prefilters, so random text reaches the parsers and rules. */
const KEYWORDS = ['password', 'secret', 'token', 'session', 'store', 'winston', 'createWriteStream', 'sync(', 'migrate', 'require(', 'const a = ', 'export ', 'def ', 'func ', 'class '];

const nastyText = fc.array(fc.oneof(fc.constantFrom(...NASTY), fc.constantFrom(...KEYWORDS), fc.string({ maxLength: 8 })), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(nastyText, fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 100 }));

type Mutation = { at: number; remove: number; insert: string };
const mutation = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 6 })) });

function mutate(code: string, mutations: readonly Mutation[]): string {
  let text = code;
  for (const { at, remove, insert } of mutations) {
    const start = text.length === 0 ? 0 : at % (text.length + 1);
    text = text.slice(0, start) + insert + text.slice(start + remove);
  }
  return text;
}

const mutatedExample = fc
  .tuple(fc.constantFrom(...EXAMPLES), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([example, mutations]) => ({ path: example.path, code: mutate(example.code, mutations) }));

function checkSpanInside(text: string, span: { start: number; end: number }, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what} ${span.start}-${span.end} outside 0-${text.length}`);
}

/** The finding's span is in the text, and its LSP range is exactly that span's line and UTF-16 column. */
function checkFinding(text: string, finding: Finding): void {
  checkSpanInside(text, finding.span, `${finding.ruleId} span`);
  const lines = new LineIndex(text);
  assert.deepEqual(finding.range, lines.range(finding.span), `${finding.ruleId}: range and span disagree`);
  for (const position of [finding.range.start, finding.range.end]) {
    assert.ok(position.line < lines.lineCount, 'line inside the document');
    assert.ok(position.character <= lines.lineText(position.line).length, 'character inside its line');
  }
  const fix = finding.fix;
  const edits: OffsetEdit[] = fix?.kind === 'move-to-env' ? [{ span: fix.span, text: '' }] : (fix?.edits ?? []);
  for (const edit of edits) checkSpanInside(text, edit.span, `${finding.ruleId} fix edit`);
}

function checkScan(path: string, text: string): void {
  const options = { treeSitter: grammars, gitIgnored: false };
  const first = scan({ path }, text, options);
  const second = scan({ path }, text, options);
  assert.deepEqual(second, first, `scan of ${path} is not deterministic`);
  for (const finding of first) checkFinding(text, finding);
}

describe('scan on arbitrary input', () => {
  it('has examples to mutate in every language the rules read', () => {
    assert.ok(EXAMPLES.length > 100 && PATHS.length > 20, `${EXAMPLES.length} examples, ${PATHS.length} paths`);
  });

  it('arbitrary text under every example path: no throw, deterministic, ranges inside', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), anyText, (path, text) => checkScan(path, text)),
      { numRuns: 600 },
    );
  });

  it('arbitrary mutations of the rules\' own examples: no throw, deterministic, ranges inside', () => {
    fc.assert(
      fc.property(mutatedExample, ({ path, code }) => checkScan(path, code)),
      { numRuns: 1500 },
    );
  });

  it('text on which the TypeScript parser trips its own assertion: no throw, no findings', () => {
    // TypeScript 5.9's parseVariableDeclarationList asserts ("Debug Failure.") on this shape.
    const text = 'async function main() {\n  const { db, client } = await database.conn@!\n  await up(db, client);\n}\n';
    for (const path of ['src/server.js', 'src/server.ts']) assert.deepEqual(scan({ path }, text, { gitIgnored: false }), []);
  });

  it('the examples themselves, unmutated, with CRLF line ends and a BOM', () => {
    for (const { path, code } of EXAMPLES) {
      checkScan(path, code);
      checkScan(path, code.replace(/\r?\n/g, '\r\n'));
      checkScan(path, `\uFEFF${code}`);
    }
  });
});
