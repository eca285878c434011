import { LineIndex } from '../../server/src/engine/source';
import type { Range } from '../../server/src/engine/types';

export const OPEN = '⟦';
export const CLOSE = '⟧';

/** Strips ⟦ ⟧ markers from example code and returns the clean code and the marked ranges. */
export function parseMarkers(marked: string): { code: string; ranges: Range[] } {
  let code = '';
  const spans: { start: number; end: number }[] = [];
  const open: number[] = [];
  for (const char of marked) {
    if (char === OPEN) open.push(code.length);
    else if (char === CLOSE) {
      const start = open.pop();
      if (start === undefined) throw new Error(`unbalanced ${CLOSE} in example:\n${marked}`);
      spans.push({ start, end: code.length });
    } else code += char;
  }
  if (open.length > 0) throw new Error(`unbalanced ${OPEN} in example:\n${marked}`);
  const lines = new LineIndex(code);
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  return { code, ranges: spans.map((span) => lines.range(span)) };
}

export function formatRange(range: Range): string {
  return `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;
}
