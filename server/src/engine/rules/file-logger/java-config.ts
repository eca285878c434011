// Spring Boot's `logging.file.name` / `logging.file.path` (and the pre-2.2 `logging.file`,
// `logging.path`): set, Boot writes the log to a file besides the console. Quarkus reads the same
// `application.properties`/`.yml`: `quarkus.log.file.enable=true` (or `quarkus.log.file.enabled`) does the same.
// The embedded web server's access log: `server.tomcat.accesslog.enabled=true` (files under `logs/` of
// Tomcat's base folder, or `…accesslog.directory`), `server.undertow.accesslog.enabled=true` (`…accesslog.dir`),
// and Jetty's `server.jetty.accesslog.filename` (with no file name Jetty prints the access log to stderr).
import { isNonDeployedProfile, springEntries, valueText, type SpringEntry } from '../../languages/spring';
import { isDevicePath } from './device-paths';
import type { RuleContext } from '../../rule';
import type { Span } from '../../types';

const FILE_KEYS = new Set(['logging.file.name', 'logging.file.path', 'logging.file', 'logging.path']);
/** Switches whose `true` turns a file handler on. */
const FILE_SWITCHES = new Set(['quarkus.log.file.enable', 'quarkus.log.file.enabled']);
/** Access-log switches whose `true` writes files, by canonical key, with the server they belong to. */
const ACCESS_LOG_SWITCHES: ReadonlyMap<string, string> = new Map([
  ['server.tomcat.accesslog.enabled', 'Tomcat'],
  ['server.undertow.accesslog.enabled', 'Undertow'],
]);
const JETTY_ACCESS_LOG_FILE = 'server.jetty.accesslog.filename';

/** `${LOG_FILE}` or `${LOG_FILE:}`: the environment decides, and by default there is no file. */
function isUnsetByDefault(value: string): boolean {
  return /^\$\{[^:{}]+:?\}$/.test(value.trim());
}

export function checkSpringLogging(context: RuleContext, report: (span: Span, subject: string) => void): void {
  const entries = springEntries(context.parsed);
  for (const entry of entries) {
    if (isNonDeployedProfile(entry.profile)) continue;
    const value = valueText(entry)?.trim();
    const server = ACCESS_LOG_SWITCHES.get(entry.canonical);
    if (server !== undefined) {
      if (value === 'true' && !isTomcatStdoutTrick(entries, entry)) report(entry.keySpan, `"${entry.key}" makes ${server} write the access log to files`);
      continue;
    }
    if (entry.canonical === JETTY_ACCESS_LOG_FILE) {
      if (value && !isUnsetByDefault(value) && !isDevicePath(value)) report(entry.keySpan, `"${entry.key}" makes Jetty write the access log to a file`);
      continue;
    }
    if (FILE_SWITCHES.has(entry.canonical)) {
      if (value === 'true') report(entry.keySpan, `"${entry.key}" makes Quarkus write the log to a file`);
      continue;
    }
    if (!FILE_KEYS.has(entry.canonical)) continue;
    if (value === undefined || value === '' || isUnsetByDefault(value)) continue;
    report(entry.keySpan, `"${entry.key}" makes Spring Boot write the log to a file`);
  }
}

/**
 * Tomcat's documented way to the console: `directory=/dev`, `prefix=stdout`, an empty suffix (and no date in
 * the name): the "file" it opens is the process's stdout. Read from the same profile's entries.
 */
function isTomcatStdoutTrick(entries: readonly SpringEntry[], enabled: SpringEntry): boolean {
  if (!enabled.canonical.startsWith('server.tomcat.')) return false;
  const setting = (name: string) => {
    const found = entries.find((entry) => entry.canonical === `server.tomcat.accesslog.${name}` && entry.profile === enabled.profile);
    return found ? (valueText(found)?.trim() ?? '') : undefined;
  };
  const directory = setting('directory');
  return directory !== undefined && isDevicePath(`${directory.replace(/\/$/, '')}/${setting('prefix') ?? 'access_log'}${setting('suffix') ?? '.log'}`);
}
