// Spring Boot's `logging.file.name` / `logging.file.path` (and the pre-2.2 `logging.file`,
// `logging.path`): set, Boot writes the log to a file besides the console. Quarkus reads the same
// `application.properties`/`.yml`: `quarkus.log.file.enable=true` (or `quarkus.log.file.enabled`) does the same.
import { isNonDeployedProfile, springEntries, valueText } from '../../languages/spring';
import type { RuleContext } from '../../rule';
import type { Span } from '../../types';

const FILE_KEYS = new Set(['logging.file.name', 'logging.file.path', 'logging.file', 'logging.path']);
/** Switches whose `true` turns a file handler on. */
const FILE_SWITCHES = new Set(['quarkus.log.file.enable', 'quarkus.log.file.enabled']);

/** `${LOG_FILE}` or `${LOG_FILE:}`: the environment decides, and by default there is no file. */
function isUnsetByDefault(value: string): boolean {
  return /^\$\{[^:{}]+:?\}$/.test(value.trim());
}

export function checkSpringLogging(context: RuleContext, report: (span: Span, subject: string) => void): void {
  for (const entry of springEntries(context.parsed)) {
    if (isNonDeployedProfile(entry.profile)) continue;
    const value = valueText(entry)?.trim();
    if (FILE_SWITCHES.has(entry.canonical)) {
      if (value === 'true') report(entry.keySpan, `"${entry.key}" makes Quarkus write the log to a file`);
      continue;
    }
    if (!FILE_KEYS.has(entry.canonical)) continue;
    if (value === undefined || value === '' || isUnsetByDefault(value)) continue;
    report(entry.keySpan, `"${entry.key}" makes Spring Boot write the log to a file`);
  }
}
