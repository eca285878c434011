// Logging configs: logback (`<appender class="…FileAppender">`, Spring Boot's file-appender.xml
// include), log4j2 (`<File>`, `<RollingFile>`, …, `<Appender type="File">`), log4j 1.x and .NET's
// log4net (`type="log4net.Appender.RollingFileAppender, log4net"`) and NLog (`<target xsi:type="File">`,
// nlog.config or a web.config section). An appender or target nothing refers to writes nothing, so it
// is only reported when a logger uses it (`<appender-ref ref>`, NLog's `<logger writeTo="a,b">`).
import { isNonDeployedProfile } from '../../languages/spring';
import { xmlAttribute, type XmlElement } from '../../languages/xml';
import type { RuleContext } from '../../rule';
import type { Span } from '../../types';

export const FILE_APPENDER_CLASS = /^(?:ch\.qos\.logback\.core\.(?:rolling\.)?|org\.apache\.log4j\.(?:rolling\.)?|log4net\.Appender\.)(?:Daily)?(?:Rolling)?FileAppender$/;
export const LOG4J2_FILE_APPENDERS = new Set(['file', 'rollingfile', 'randomaccessfile', 'rollingrandomaccessfile', 'memorymappedfile']);
const SPRING_FILE_APPENDER = 'org/springframework/boot/logging/logback/file-appender.xml';

interface FileAppender {
  /** The appender's name, as loggers refer to it. */
  name: string | undefined;
  span: Span;
  subject: string;
  element: XmlElement;
}

export function checkLoggingXml(context: RuleContext, report: (span: Span, subject: string, others?: readonly Span[]) => void): void {
  const elements = context.parsed.xml;
  const refs = new Set(elements.flatMap(referencedNames));
  // An `<included>` fragment's appenders are referenced from the file that includes it.
  const fragment = elements[0]?.name === 'included';
  // One logger writing two files (logback's info and error RollingFileAppenders on root) is one problem: one
  // finding per logger, at its first file appender, the others related.
  const byLogger = new Map<XmlElement | undefined, FileAppender[]>();
  for (const appender of elements.flatMap((element) => fileAppender(element) ?? [])) {
    if (!fragment && refs.size > 0 && !isReferenced(appender, refs)) continue;
    if (inLocalProfile(appender.element)) continue;
    const logger = elements.find((element) => referencedNames(element).some((name) => isReferenced(appender, new Set([name]))));
    const owner = logger && (logger.name.toLowerCase() === 'logger' && xmlAttribute(logger, 'writeTo') ? logger : logger.parent);
    byLogger.set(owner, [...(byLogger.get(owner) ?? []), appender]);
  }
  for (const [first, ...others] of byLogger.values()) {
    report(first!.span, first!.subject, others.map((other) => other.span));
  }
}

/** What a logger writes to: `<appender-ref ref>` (`<AppenderRef>`), NLog's `<logger writeTo="file,console">`. */
function referencedNames(element: XmlElement): string[] {
  const name = element.name.toLowerCase();
  if (name === 'appender-ref' || name === 'appenderref') return [xmlAttribute(element, 'ref')?.value ?? ''];
  const writeTo = name === 'logger' ? xmlAttribute(element, 'writeTo') : undefined;
  return writeTo ? writeTo.value.split(',').map((target) => target.trim()) : [];
}

/** Referenced by name, or, for an NLog target inside a wrapper (`AsyncWrapper`), through the wrapper's name. */
function isReferenced(appender: FileAppender, refs: ReadonlySet<string>): boolean {
  if (refs.has(appender.name ?? '')) return true;
  for (let wrapper = appender.element.parent; wrapper?.name.toLowerCase() === 'target'; wrapper = wrapper.parent) {
    if (refs.has(xmlAttribute(wrapper, 'name')?.value ?? '')) return true;
  }
  return false;
}

function fileAppender(element: XmlElement): FileAppender | undefined {
  const name = xmlAttribute(element, 'name')?.value;
  const lower = element.name.toLowerCase();
  if (lower === 'appender') {
    const type = xmlAttribute(element, 'class') ?? xmlAttribute(element, 'type');
    // log4net names a type with its assembly: `log4net.Appender.FileAppender, log4net`.
    const typeName = type?.value.split(',')[0]!.trim();
    if (type && typeName && FILE_APPENDER_CLASS.test(typeName)) {
      return { name, span: type.valueSpan, element, subject: `the ${typeName.split('.').pop()} "${name ?? ''}" writes the log to a file` };
    }
    if (type && LOG4J2_FILE_APPENDERS.has(type.value.trim().toLowerCase())) {
      return { name, span: type.valueSpan, element, subject: `the log4j2 ${type.value.trim()} appender "${name ?? ''}" writes the log to a file` };
    }
    return undefined;
  }
  const nlogType = lower === 'target' ? (xmlAttribute(element, 'xsi:type') ?? xmlAttribute(element, 'type')) : undefined;
  if (nlogType?.value.trim().toLowerCase() === 'file') {
    return { name, span: nlogType.valueSpan, element, subject: `the NLog File target "${name ?? ''}" writes the log to a file` };
  }
  if (LOG4J2_FILE_APPENDERS.has(lower) && element.parent?.name.toLowerCase() === 'appenders') {
    return { name, span: element.nameSpan, element, subject: `the log4j2 <${element.name}> appender "${name ?? ''}" writes the log to a file` };
  }
  const resource = lower === 'include' ? xmlAttribute(element, 'resource') : undefined;
  if (resource?.value.trim() === SPRING_FILE_APPENDER) {
    return { name: 'FILE', span: resource.valueSpan, element, subject: "Spring Boot's file-appender.xml (the FILE appender) writes the log to a file" };
  }
  return undefined;
}

/** `<springProfile name="dev | local">`: configuration for machines that are not deploys. */
function inLocalProfile(element: XmlElement): boolean {
  for (let current = element.parent; current; current = current.parent) {
    if (current.name === 'springProfile' && isNonDeployedProfile(xmlAttribute(current, 'name')?.value)) return true;
  }
  return false;
}
