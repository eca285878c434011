// LineIndex turns offsets into LSP positions for every finding, fix and related location.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LineIndex, lineSpans } from '../../server/src/engine/source';

const textWithBreaks = fc.array(fc.oneof(fc.constantFrom('\r\n', '\r', '\n', 'a', 'é', '😀', ' '), fc.string({ maxLength: 4 })), { maxLength: 30 }).map((parts) => parts.join(''));

describe('LineIndex', () => {
  it('puts every offset on a line and inside it, and maps it back unless it falls inside a CRLF', () => {
    fc.assert(
      fc.property(textWithBreaks, fc.nat(), (text, n) => {
        const lines = new LineIndex(text);
        const offset = n % (text.length + 1);
        const position = lines.position(offset);
        assert.ok(position.line < lines.lineCount);
        assert.ok(position.character <= lines.lineText(position.line).length, `offset ${offset} of ${JSON.stringify(text)}`);
        const insideCrlf = text[offset - 1] === '\r' && text[offset] === '\n';
        assert.equal(lines.offset(position), insideCrlf ? offset - 1 : offset);
      }),
      { numRuns: 2000 },
    );
  });

  it('takes an offset between \\r and \\n (where a parser may end a broken string) as the end of that line', () => {
    const lines = new LineIndex('a = "logs\r\n/app.log"\n');
    assert.deepEqual(lines.position(10), { line: 0, character: 9 });
    assert.deepEqual(lines.position(11), { line: 1, character: 0 });
  });

  it('ends lines where lineSpans does: the same lines, each span its line\'s text without the break', () => {
    fc.assert(
      fc.property(textWithBreaks, (text) => {
        const lines = new LineIndex(text);
        const spans = lineSpans(text);
        assert.equal(spans.length, lines.lineCount);
        spans.forEach((span, line) => assert.equal(text.slice(span.start, span.end), lines.lineText(line)));
      }),
      { numRuns: 2000 },
    );
  });
});
