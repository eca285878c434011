// How a report shows a file's path: relative to the folder the report is for, absolute when the file is outside it.
// One spelling for the audit's findings, the cross-file facts whose paths those findings carry, and the history report.
import { relative } from 'node:path';
import { toPosix } from './gitignore';

/** `absolute` as findings show it: relative to `base`, or absolute when it is `base` itself or outside it. */
export function displayPath(base: string, absolute: string): string {
  const rel = relative(base, absolute);
  return toPosix(rel === '' || rel.startsWith('..') ? absolute : rel);
}
