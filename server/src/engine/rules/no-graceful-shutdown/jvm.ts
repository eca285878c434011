// Factor IX for Java and Kotlin: the JDK's built-in `HttpServer` (com.sun.net.httpserver), started in a
// file that registers no shutdown hook and never stops it. On SIGTERM the JVM runs its shutdown hooks
// and exits; with none, the server's open exchanges are cut. Spring Boot, Ktor's engines (a hook by
// default), Micronaut, Quarkus and Vert.x's Launcher manage this themselves and are left alone.
import { javaCall } from '../../languages/java';
import { kotlinCall } from '../../languages/kotlin';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { isNonServerPath } from '../process-paths';

const SERVER_CLASSES = new Set(['HttpServer', 'HttpsServer']);

function message(kotlin: boolean): string {
  const hook = kotlin ? 'Runtime.getRuntime().addShutdownHook(Thread { server.stop(5) })' : 'Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(5)))';
  return `Factor IX: the HttpServer starts with no shutdown hook: on SIGTERM the JVM exits and cuts the open requests; stop the server from a hook (${hook}) so it finishes them first.`;
}

export const jvmChecks: LanguageCheck[] = [{ languages: ['java', 'kotlin'], keywords: ['httpserver', 'httpsserver'], check }];

function check(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree || isNonServerPath(context.path)) return;
  const kotlin = context.language === 'kotlin';
  const creates: SyntaxNode[] = [];
  let handles = false;
  walkTree(tree.rootNode, (node) => {
    const call = kotlin ? kotlinCall(node) : javaCall(node);
    if (!call) return;
    // `server.stop(delay)`, or any shutdown hook: the file takes care of the lifecycle somehow.
    if (call.name === 'addShutdownHook' || (call.name === 'stop' && call.receiver !== undefined)) handles = true;
    else if (call.name === 'create' && SERVER_CLASSES.has(call.receiver?.text.split('.').pop() ?? '')) creates.push(node);
  });
  if (handles) return;
  for (const create of creates) {
    const callee = kotlin ? create.namedChild(0) : create;
    const end = kotlin ? callee?.endIndex : create.childForFieldName('name')?.endIndex;
    if (callee && end !== undefined) context.report({ span: { start: callee.startIndex, end }, message: message(kotlin) });
  }
}
