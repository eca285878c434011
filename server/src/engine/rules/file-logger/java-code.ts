// File handlers and appenders created in Java or Kotlin code: java.util.logging's FileHandler,
// logback's and log4j's FileAppender/RollingFileAppender, log4j2's `FileAppender.newBuilder()`; and
// web servers' request (access) logs written to files by embedded Jetty (`new RequestLogWriter("logs/…")`,
// Jetty 9's `new NCSARequestLog(file)`) and Undertow (`DefaultAccessLogReceiver`, which writes a folder).
import { importsOf, isImported, javaCall, simpleTypeName, type JvmCall } from '../../languages/java';
import { kotlinCall, kotlinDottedName } from '../../languages/kotlin';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { RuleContext } from '../../rule';
import type { Span } from '../../types';

/** Simple class name -> the fully qualified names it may stand for. */
const FILE_CLASSES: Readonly<Record<string, readonly string[]>> = {
  FileHandler: ['java.util.logging.FileHandler'],
  FileAppender: ['ch.qos.logback.core.FileAppender', 'org.apache.log4j.FileAppender', 'org.apache.logging.log4j.core.appender.FileAppender'],
  RollingFileAppender: [
    'ch.qos.logback.core.rolling.RollingFileAppender',
    'org.apache.log4j.RollingFileAppender',
    'org.apache.logging.log4j.core.appender.RollingFileAppender',
  ],
  DailyRollingFileAppender: ['org.apache.log4j.DailyRollingFileAppender'],
  RollingRandomAccessFileAppender: ['org.apache.logging.log4j.core.appender.RollingRandomAccessFileAppender'],
  RandomAccessFileAppender: ['org.apache.logging.log4j.core.appender.RandomAccessFileAppender'],
  RequestLogWriter: ['org.eclipse.jetty.server.RequestLogWriter'],
  NCSARequestLog: ['org.eclipse.jetty.server.NCSARequestLog'],
  DefaultAccessLogReceiver: ['io.undertow.server.handlers.accesslog.DefaultAccessLogReceiver'],
};
/**
 * Jetty's request log writers open a file only when given its name: with none (or `null`) they print to
 * stderr, which is the stream the platform collects (Spring Boot's Jetty access log does exactly that).
 */
const FILE_ONLY_WITH_NAME = new Set(['RequestLogWriter', 'NCSARequestLog']);
const FACTORY_METHODS = new Set(['newBuilder', 'createAppender', 'builder']);

export function checkLoggingCode(context: RuleContext, report: (span: Span, subject: string) => void): void {
  const tree = context.parsed.tree;
  if (!tree) return;
  const kotlin = context.language === 'kotlin';
  const imports = importsOf(tree.rootNode);
  walkTree(tree.rootNode, (node) => {
    const call = kotlin ? kotlinCall(node) : javaCall(node);
    const found = call && fileClassOf(call, node, kotlin, imports);
    if (found) report({ start: node.startIndex, end: node.endIndex }, `${found} writes the log to a file`);
  });
}

/** The fully qualified file-writing class a construction or factory call makes, if it is one. */
function fileClassOf(call: JvmCall, node: SyntaxNode, kotlin: boolean, imports: readonly string[]): string | undefined {
  let written: string | undefined;
  if (!kotlin && node.type === 'object_creation_expression') written = node.childForFieldName('type')?.text.replace(/<.*$/s, '');
  else if (kotlin && !call.receiver) written = call.name;
  else if (FACTORY_METHODS.has(call.name) && call.receiver) written = kotlin ? kotlinDottedName(call.receiver) : call.receiver.text;
  if (written === undefined) return undefined;
  const simple = simpleTypeName(written);
  if (FILE_ONLY_WITH_NAME.has(simple) && (call.args.length === 0 || call.args[0]!.text === 'null' || call.receiver)) return undefined;
  const candidates = FILE_CLASSES[simple] ?? [];
  return candidates.find((qualified) => written === qualified || (!written!.includes('.') && isImported(imports, qualified)));
}
