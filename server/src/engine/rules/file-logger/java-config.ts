// Spring Boot's `logging.file.name` / `logging.file.path` (and the pre-2.2 `logging.file`,
// `logging.path`): set, Boot writes the log to a file besides the console.
import { isNonDeployedProfile, springEntries, valueText } from '../../languages/spring';
import type { RuleContext } from '../../rule';
import type { Span } from '../../types';

const FILE_KEYS = new Set(['logging.file.name', 'logging.file.path', 'logging.file', 'logging.path']);

/** `${LOG_FILE}` or `${LOG_FILE:}`: the environment decides, and by default there is no file. */
function isUnsetByDefault(value: string): boolean {
  return /^\$\{[^:{}]+:?\}$/.test(value.trim());
}

export function checkSpringLogging(context: RuleContext, report: (span: Span, subject: string) => void): void {
  for (const entry of springEntries(context.parsed)) {
    if (!FILE_KEYS.has(entry.canonical) || isNonDeployedProfile(entry.profile)) continue;
    const value = valueText(entry)?.trim();
    if (value === undefined || value === '' || isUnsetByDefault(value)) continue;
    report(entry.keySpan, `"${entry.key}" makes Spring Boot write the log to a file`);
  }
}
