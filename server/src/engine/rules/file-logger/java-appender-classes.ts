// An appender or handler class of the app's own that writes a file itself: a logback `AppenderBase` (or
// `UnsynchronizedAppenderBase`), a log4j2 `AbstractAppender`, a log4j 1 `AppenderSkeleton` or a java.util.logging
// `Handler` subclass whose code opens a `FileOutputStream`, a `FileWriter`, a `RandomAccessFile` or a
// `Files.newBufferedWriter`/`newOutputStream`/`write`/`writeString`: the Java shape of a Go `io.Writer` whose `Write`
// opens a log file. An appender that sends events elsewhere (a queue, HTTP, stdout) stays silent.
import { javaCall } from '../../languages/java';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { RuleContext } from '../../rule';
import type { Span } from '../../types';

/** Base classes of appenders and handlers, by simple name. */
const APPENDER_BASES = new Set(['AppenderBase', 'UnsynchronizedAppenderBase', 'AbstractAppender', 'AppenderSkeleton', 'Handler', 'StreamHandler']);
/** Constructions that open a file for writing. */
const FILE_WRITERS = new Set(['FileOutputStream', 'FileWriter', 'RandomAccessFile', 'PrintWriter']);
/** `Files.*` calls that write a file. */
const FILES_WRITES = new Set(['newBufferedWriter', 'newOutputStream', 'write', 'writeString']);

export function checkAppenderClasses(context: RuleContext, report: (span: Span, subject: string) => void): void {
  const root = context.parsed.tree?.rootNode;
  if (!root) return;
  walkTree(root, (node) => {
    if (node.type !== 'class_declaration') return undefined;
    const base = node.childForFieldName('superclass')?.namedChild(0)?.text.replace(/<.*$/s, '');
    if (!APPENDER_BASES.has(base?.slice(base.lastIndexOf('.') + 1) ?? '')) return undefined;
    const opened = fileWriteIn(node.childForFieldName('body'));
    if (opened) report({ start: opened.startIndex, end: opened.endIndex }, `the appender class ${node.childForFieldName('name')?.text ?? ''} opens a file itself (${writerName(opened)})`);
    return false;
  });
}

/** The first construction or `Files` call in the class body that opens a file for writing. */
function fileWriteIn(body: SyntaxNode | null): SyntaxNode | undefined {
  let found: SyntaxNode | undefined;
  if (!body) return undefined;
  walkTree(body, (node) => {
    if (found) return false;
    const call = javaCall(node);
    if (!call) return undefined;
    if (node.type === 'object_creation_expression' && FILE_WRITERS.has(call.name) && !(call.name === 'PrintWriter' && call.args[0]?.text === 'System.out')) found = node;
    else if (node.type === 'method_invocation' && FILES_WRITES.has(call.name) && call.receiver?.text === 'Files') found = node;
    return undefined;
  });
  return found;
}

function writerName(node: SyntaxNode): string {
  const call = javaCall(node);
  return node.type === 'object_creation_expression' ? `new ${call?.name ?? 'file writer'}` : `Files.${call?.name ?? 'write'}`;
}
