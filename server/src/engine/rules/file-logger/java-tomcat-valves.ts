// Tomcat's access log valves in server.xml, context.xml or a conf/Catalina/<host>/<app>.xml: `AccessLogValve`
// (and its Extended and JSON kinds) writes one file per day under `directory` (default `logs/` in
// CATALINA_BASE), inside the container. The documented route to the console, `directory="/dev"`
// `prefix="stdout"` `suffix=""`, opens the process's stdout and stays silent.
import { xmlAttribute, type XmlElement } from '../../languages/xml';
import type { LanguageCheck, RuleContext } from '../../rule';
import { isDevicePath } from './device-paths';

const ACCESS_LOG_VALVES = new Set(['AccessLogValve', 'ExtendedAccessLogValve', 'JsonAccessLogValve'].map((name) => `org.apache.catalina.valves.${name}`));

function check(context: RuleContext): void {
  for (const element of context.parsed.xml) {
    const className = element.name === 'Valve' ? xmlAttribute(element, 'className') : undefined;
    if (!className || !ACCESS_LOG_VALVES.has(className.value.trim()) || writesToStream(element)) continue;
    const kind = className.value.trim().split('.').pop()!;
    context.report({
      span: className.valueSpan,
      message: `Factor XI: Tomcat's ${kind} writes the access log to files in the container; log to stdout (directory="/dev" prefix="stdout" suffix="") and let the platform route the stream.`,
    });
  }
}

/** The valve's file is a device: `/dev` + `stdout` + no suffix, with no date in the name (`rotatable="false"`). */
function writesToStream(valve: XmlElement): boolean {
  const attribute = (name: string, fallback: string) => xmlAttribute(valve, name)?.value.trim() ?? fallback;
  const directory = attribute('directory', 'logs').replace(/\/$/, '');
  return isDevicePath(`${directory}/${attribute('prefix', 'access_log')}${attribute('suffix', '')}`);
}

export const tomcatAccessLogCheck: LanguageCheck = { languages: ['xml'], keywords: ['accesslogvalve'], check };
