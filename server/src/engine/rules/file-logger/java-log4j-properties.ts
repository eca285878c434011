// log4j configured by a .properties file: 1.x's `log4j.appender.X=org.apache.log4j.RollingFileAppender`
// and log4j2's `appender.X.type = RollingFile`. As in the XML configs, an appender no logger refers to
// writes nothing, so it is reported only when the root logger or a named logger uses it.
import type { PropertyEntry } from '../../languages/properties';
import type { RuleContext } from '../../rule';
import type { Span } from '../../types';
import { FILE_APPENDER_CLASS, LOG4J2_FILE_APPENDERS } from './java-xml';

interface FileAppender {
  name: string;
  span: Span;
  subject: string;
}

export function checkLog4jProperties(context: RuleContext, report: (span: Span, subject: string) => void): void {
  const entries = context.parsed.properties;
  const used = referencedAppenders(entries);
  for (const appender of entries.flatMap((entry) => fileAppender(entry) ?? [])) {
    if (used.has(appender.name)) report(appender.span, appender.subject);
  }
}

function fileAppender(entry: PropertyEntry): FileAppender | undefined {
  const key = entry.key.text;
  const value = entry.value.text.trim();
  const legacy = /^log4j\.appender\.([^.]+)$/.exec(key);
  if (legacy && FILE_APPENDER_CLASS.test(value)) {
    return { name: legacy[1]!, span: entry.key.whole, subject: `the log4j appender "${legacy[1]}" (${value.slice(value.lastIndexOf('.') + 1)}) writes the log to a file` };
  }
  const modern = /^appender\.([^.]+)\.type$/.exec(key);
  if (modern && LOG4J2_FILE_APPENDERS.has(value.toLowerCase())) {
    return { name: modern[1]!, span: entry.key.whole, subject: `the log4j2 ${value} appender "${modern[1]}" writes the log to a file` };
  }
  return undefined;
}

/**
 * Appender names the loggers use: 1.x lists them after the level (`log4j.rootLogger=INFO, stdout, file`),
 * log4j2 by `….appenderRef.x.ref = name`. log4j2 also matches an appender by its `name` property, and its
 * key segment is what `appender.X.name` usually repeats, so both are accepted.
 */
function referencedAppenders(entries: readonly PropertyEntry[]): Set<string> {
  const used = new Set<string>();
  const namesByKey = new Map<string, string>();
  for (const entry of entries) {
    const key = entry.key.text;
    const value = entry.value.text.trim();
    if (/^log4j\.(?:rootLogger|rootCategory|logger\..+|category\..+)$/.test(key)) {
      for (const name of value.split(',').slice(1)) used.add(name.trim());
    } else if (/(?:^|\.)appenderRefs?(?:\.[^.]+)?\.ref$/.test(key)) {
      used.add(value);
    } else {
      const named = /^appender\.([^.]+)\.name$/.exec(key);
      if (named) namesByKey.set(value, named[1]!);
    }
  }
  for (const [name, key] of namesByKey) if (used.has(name)) used.add(key);
  return used;
}
