// Logging configs: logback (`<appender class="…FileAppender">`, Spring Boot's file-appender.xml
// include), log4j2 (`<File>`, `<RollingFile>`, …, `<Appender type="File">`) and log4j 1.x. An
// appender nothing refers to writes nothing, so it is only reported when a logger uses it.
import { isNonDeployedProfile } from '../../languages/spring';
import { parseXml, xmlAttribute, type XmlElement } from '../../languages/xml';
import type { RuleContext } from '../../rule';
import type { Span } from '../../types';

export const FILE_APPENDER_CLASS = /^(?:ch\.qos\.logback\.core\.(?:rolling\.)?|org\.apache\.log4j\.(?:rolling\.)?)(?:Daily)?(?:Rolling)?FileAppender$/;
export const LOG4J2_FILE_APPENDERS = new Set(['file', 'rollingfile', 'randomaccessfile', 'rollingrandomaccessfile', 'memorymappedfile']);
const SPRING_FILE_APPENDER = 'org/springframework/boot/logging/logback/file-appender.xml';

interface FileAppender {
  /** The appender's name, as loggers refer to it. */
  name: string | undefined;
  span: Span;
  subject: string;
  element: XmlElement;
}

export function checkLoggingXml(context: RuleContext, report: (span: Span, subject: string) => void): void {
  const elements = parseXml(context.text);
  const refs = new Set(elements.filter(isAppenderRef).map((element) => xmlAttribute(element, 'ref')?.value));
  // An `<included>` fragment's appenders are referenced from the file that includes it.
  const fragment = elements[0]?.name === 'included';
  for (const appender of elements.flatMap((element) => fileAppender(element) ?? [])) {
    if (!fragment && refs.size > 0 && !refs.has(appender.name)) continue;
    if (inLocalProfile(appender.element)) continue;
    report(appender.span, appender.subject);
  }
}

function isAppenderRef(element: XmlElement): boolean {
  const name = element.name.toLowerCase();
  return name === 'appender-ref' || name === 'appenderref';
}

function fileAppender(element: XmlElement): FileAppender | undefined {
  const name = xmlAttribute(element, 'name')?.value;
  const lower = element.name.toLowerCase();
  if (lower === 'appender') {
    const type = xmlAttribute(element, 'class') ?? xmlAttribute(element, 'type');
    if (type && FILE_APPENDER_CLASS.test(type.value.trim())) {
      return { name, span: type.valueSpan, element, subject: `the ${type.value.trim().split('.').pop()} "${name ?? ''}" writes the log to a file` };
    }
    if (type && LOG4J2_FILE_APPENDERS.has(type.value.trim().toLowerCase())) {
      return { name, span: type.valueSpan, element, subject: `the log4j2 ${type.value.trim()} appender "${name ?? ''}" writes the log to a file` };
    }
    return undefined;
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
