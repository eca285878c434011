// tinylog 2's `tinylog.properties`: a writer of type `file`, `rolling file` or `shared file`
// (`writer = file`, `writer2 = rolling file`) writes the log to `writerN.file`. `console` and `logcat` writers stay silent.
import { baseName } from '../../languages/detect';
import type { RuleContext } from '../../rule';
import type { Span } from '../../types';

const FILE_WRITERS = new Set(['file', 'rolling file', 'shared file']);

export function checkTinylogProperties(context: RuleContext, report: (span: Span, subject: string) => void): void {
  if (!/^tinylog(?:-[\w-]+)?\.properties$/.test(baseName(context.path))) return;
  for (const entry of context.parsed.properties) {
    const writer = /^writer(\w*)$/.exec(entry.key.text);
    const type = entry.value.text.trim().toLowerCase();
    if (writer && FILE_WRITERS.has(type)) report(entry.key.whole, `the tinylog ${type} writer "${entry.key.text}" writes the log to a file`);
  }
}
