import { plural } from './text';

/** "12 files scanned, 1 skipped, 3 findings, 40 ms." */
export function auditHeadline(filesScanned: number, filesSkipped: number, findings: number, durationMs: number): string {
  return `${plural(filesScanned, 'file')} scanned, ${filesSkipped} skipped, ${plural(findings, 'finding')}, ${durationMs} ms.`;
}
