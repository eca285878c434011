// What an editor's edit changed, for parsers that reuse the previous tree: the TypeScript
// compiler (ts.updateSourceFile) and tree-sitter (tree.edit, then parse with the old tree).
import ts from 'typescript';
import type { Edit, Point } from 'web-tree-sitter';

/** The one region where two texts differ, in UTF-16 offsets: before[start, oldEnd) became after[start, newEnd). */
export interface ChangedRegion {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/**
 * The common prefix and suffix of two texts bound the edit. Several edits between two scans
 * merge into one region, which is all either parser needs; a linear pass over plain memory.
 */
export function changedRegion(before: string, after: string): ChangedRegion {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  while (suffix < shorter - start && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

export function tsChangeRange(region: ChangedRegion): ts.TextChangeRange {
  return { span: { start: region.start, length: region.oldEnd - region.start }, newLength: region.newEnd - region.start };
}

export function treeSitterEdit(region: ChangedRegion, before: string, after: string): Edit {
  return {
    startIndex: region.start,
    oldEndIndex: region.oldEnd,
    newEndIndex: region.newEnd,
    startPosition: pointAt(before, region.start),
    oldEndPosition: pointAt(before, region.oldEnd),
    newEndPosition: pointAt(after, region.newEnd),
  };
}

/** Row and column (UTF-16 units) of an offset; rows end at \n, as tree-sitter counts them. */
function pointAt(text: string, offset: number): Point {
  let row = 0;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    row++;
    lineStart = index + 1;
  }
  return { row, column: offset - lineStart };
}
