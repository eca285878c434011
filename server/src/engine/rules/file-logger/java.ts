// file-logger for the JVM: Spring Boot's logging.file.* keys, logback/log4j XML appenders, log4j
// .properties appenders, java.util.logging's logging.properties FileHandler, tinylog's file writers, file handlers or appenders built in Java or Kotlin code,
// and the app's own Java appender classes that open a file. Console
// appenders stay silent.
import type { LanguageCheck, RuleContext } from '../../rule';
import type { Span } from '../../types';
import { checkLoggingCode } from './java-code';
import { checkAppenderClasses } from './java-appender-classes';
import { checkSpringLogging } from './java-config';
import { checkLoggingXml } from './java-xml';
import { checkLog4jProperties } from './java-log4j-properties';
import { checkJulProperties } from './java-jul-properties';
import { checkTinylogProperties } from './java-tinylog-properties';

/** `others`: more files the same logger writes, related locations of the one finding. */
function reporter(context: RuleContext): (span: Span, subject: string, others?: readonly Span[]) => void {
  return (span, subject, others = []) =>
    context.report({
      span,
      message: `Factor XI: ${subject}${others.length > 0 ? ` (and ${others.length} more file appender${others.length > 1 ? 's' : ''} of the same logger, shown as related locations)` : ''}; log to stdout and let the platform route the stream.`,
      ...(others.length > 0 ? { related: others.map((other) => ({ span: other, message: 'Factor XI: another file appender of the same logger' })) } : {}),
    });
}

export const springLoggingCheck: LanguageCheck = {
  languages: ['properties', 'yaml'],
  keywords: ['logging', 'log.file', 'accesslog'],
  check: (context) => checkSpringLogging(context, reporter(context)),
};

export const log4jPropertiesCheck: LanguageCheck = {
  languages: ['properties'],
  keywords: ['appender'],
  check: (context) => checkLog4jProperties(context, reporter(context)),
};

export const julPropertiesCheck: LanguageCheck = {
  languages: ['properties'],
  keywords: ['java.util.logging.filehandler', 'simplelogger.logfile'],
  check: (context) => checkJulProperties(context, reporter(context)),
};

export const tinylogPropertiesCheck: LanguageCheck = {
  languages: ['properties'],
  keywords: ['writer'],
  check: (context) => checkTinylogProperties(context, reporter(context)),
};

export const loggingXmlCheck: LanguageCheck = {
  languages: ['xml'],
  keywords: ['file'],
  check: (context) => checkLoggingXml(context, reporter(context)),
};

export const loggingCodeCheck: LanguageCheck = {
  languages: ['java', 'kotlin'],
  keywords: ['filehandler', 'fileappender', 'requestlogwriter', 'ncsarequestlog', 'defaultaccesslogreceiver'],
  check: (context) => checkLoggingCode(context, reporter(context)),
};

/** The app's own appender or handler class that opens a file itself (java-appender-classes.ts). */
export const appenderClassCheck: LanguageCheck = {
  languages: ['java'],
  keywords: ['appenderbase', 'abstractappender', 'appenderskeleton', 'extends handler', 'extends streamhandler'],
  check: (context) => checkAppenderClasses(context, reporter(context)),
};

export const javaChecks: LanguageCheck[] = [springLoggingCheck, log4jPropertiesCheck, julPropertiesCheck, tinylogPropertiesCheck, loggingXmlCheck, loggingCodeCheck, appenderClassCheck];
