import { LineIndex } from '../../server/src/engine/source';
import type { Range } from '../../server/src/engine/types';

export const OPEN = '⟦';
export const CLOSE = '⟧';
/** Marks a related location of a finding (another place of the same problem). */
export const RELATED_OPEN = '⟪';
export const RELATED_CLOSE = '⟫';

/**
 * Strips ⟦ ⟧ (findings) and ⟪ ⟫ (their related locations) from example code and returns the
 * clean code and both kinds of marked ranges, each sorted by position.
 */
export function parseMarkers(marked: string): { code: string; ranges: Range[]; related: Range[] } {
  let code = '';
  const spans: { start: number; end: number }[] = [];
  const relatedSpans: { start: number; end: number }[] = [];
  const open: number[] = [];
  const relatedOpen: number[] = [];
  for (const char of marked) {
    if (char === OPEN) open.push(code.length);
    else if (char === RELATED_OPEN) relatedOpen.push(code.length);
    else if (char === CLOSE || char === RELATED_CLOSE) {
      const start = (char === CLOSE ? open : relatedOpen).pop();
      if (start === undefined) throw new Error(`unbalanced ${char} in example:\n${marked}`);
      (char === CLOSE ? spans : relatedSpans).push({ start, end: code.length });
    } else code += char;
  }
  if (open.length > 0 || relatedOpen.length > 0) throw new Error(`unbalanced ${OPEN} or ${RELATED_OPEN} in example:\n${marked}`);
  const lines = new LineIndex(code);
  const sorted = (list: { start: number; end: number }[]) => list.sort((a, b) => a.start - b.start || a.end - b.end).map((span) => lines.range(span));
  return { code, ranges: sorted(spans), related: sorted(relatedSpans) };
}

export function formatRange(range: Range): string {
  return `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;
}
