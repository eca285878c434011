import type { OffsetEdit } from '../types';

/** Applies non-overlapping offset edits to text (in any order). Throws on overlap: a fix must never guess. */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let result = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.span.start < cursor || edit.span.end < edit.span.start || edit.span.end > text.length) {
      throw new Error(`overlapping or out-of-range edit at ${edit.span.start}-${edit.span.end}`);
    }
    result += text.slice(cursor, edit.span.start) + edit.text;
    cursor = edit.span.end;
  }
  return result + text.slice(cursor);
}

/** One edit covering only what differs, so an unchanged region keeps its markers and undo is small. */
export function minimalEdit(before: string, after: string): OffsetEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { span: { start, end: before.length - end }, text: after.slice(start, after.length - end) };
}
