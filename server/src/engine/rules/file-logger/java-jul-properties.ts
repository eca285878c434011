// java.util.logging configured by a logging.properties file (`-Djava.util.logging.config.file`, or
// the JDK's own): a `handlers` list naming `java.util.logging.FileHandler` sends every record to the
// file its `pattern` names; slf4j-simple's `org.slf4j.simpleLogger.logFile` set to a path does the same.
import type { RuleContext } from '../../rule';
import type { Span } from '../../types';

const JUL_FILE_HANDLER = 'java.util.logging.FileHandler';
/** slf4j-simple's stream names; anything else is a file path. */
const SIMPLE_LOGGER_STREAMS = new Set(['system.out', 'system.err']);

export function checkJulProperties(context: RuleContext, report: (span: Span, subject: string) => void): void {
  for (const entry of context.parsed.properties) {
    const key = entry.key.text;
    const value = entry.value.text.trim();
    // `handlers=` (root logger), `.handlers=`, `com.acme.handlers=` (a named logger).
    if (/^(?:[\w.]*\.)?handlers$/.test(key) && value.split(/[\s,]+/).includes(JUL_FILE_HANDLER)) {
      report(entry.key.whole, `java.util.logging's FileHandler in "${key}" writes the log to a file`);
    } else if (key === 'org.slf4j.simpleLogger.logFile' && value !== '' && !SIMPLE_LOGGER_STREAMS.has(value.toLowerCase())) {
      report(entry.key.whole, 'slf4j-simple\'s "org.slf4j.simpleLogger.logFile" writes the log to a file');
    }
  }
}
