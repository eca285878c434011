// Per-user state in another class's static collection, written by a controller: `public static HashMap<Integer, Long>
// tokenList` on the `@SpringBootApplication` class and `QuizApplication.tokenList.put(user.getId(), now)` in the
// `/login` handler (probe29), or Kotlin's `companion object { val sessions = mutableMapOf<…>() }` written as
// `ShopApplication.sessions[sid] = account.id`. A static field is one per JVM whichever class holds it; the field's
// file shows no write, so the finding goes on the handler's write, which this file shows. Reads (`KINDS.get(code)`)
// and writes outside a controller (a `static {}` block, `main`) are left alone.
import { javaCall } from '../../languages/java';
import { kotlinCall } from '../../languages/kotlin';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { Span } from '../../types';
import type { LanguageCheck, RuleContext } from '../../rule';
import { hasWord } from './javascript-handlers';
import { EXEMPT_WORDS, PER_USER_WORDS } from './state-words';
import { isIdentity, WRITES } from './jvm-state';

/** Classes whose methods serve requests: Spring MVC controllers, servlets, JDK HttpHandlers. */
const CONTROLLER = /@(?:RestController|Controller)\b|\bextends\s+(?:(?:jakarta|javax)\.servlet\.http\.)?HttpServlet\b|\bimplements\b[^{]*\bHttpHandler\b/;
/** `QuizApplication.tokenList`, `demo.App.tokenList`: a capitalised class, then a field. */
const STATIC_FIELD = /^(?:[a-z_]\w*\.)*[A-Z]\w*\.([a-z_]\w*)$/;

function check(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree) return;
  walkTree(tree.rootNode, (node) => {
    if (node.type !== 'class_declaration') return;
    const body = node.childForFieldName('body') ?? node.namedChildren.find((child) => child?.type === 'class_body');
    if (body && CONTROLLER.test(context.text.slice(node.startIndex, body.startIndex))) checkController(body, context);
  });
}

function checkController(body: SyntaxNode, context: RuleContext): void {
  const reported = new Set<string>();
  walkTree(body, (node) => {
    const write = staticWrite(node, context.text);
    const field = write && STATIC_FIELD.exec(write.receiver)?.[1];
    if (!write || !field || reported.has(write.receiver) || hasWord(field, EXEMPT_WORDS)) return;
    const method = enclosingFunction(node);
    if (!method || !(hasWord(field, PER_USER_WORDS) || isIdentity(write.key, method))) return;
    reported.add(write.receiver);
    context.report({ span: write.span, message: staticMessage(write.receiver) });
  });
}

interface StaticWrite {
  receiver: string;
  span: Span;
  key: SyntaxNode | undefined;
}

/** A write-shaped call (`X.f.put(k, v)`), or Kotlin's indexed assignment (`X.f[k] = v`, whose target tree-sitter flattens). */
function staticWrite(node: SyntaxNode, text: string): StaticWrite | undefined {
  const call = node.type === 'method_invocation' ? javaCall(node) : node.type === 'call_expression' ? kotlinCall(node) : undefined;
  if (call?.receiver && WRITES.has(call.name)) return { receiver: call.receiver.text, span: nodeSpan(call.receiver), key: call.args[0] };
  const target = node.type === 'assignment' ? node.namedChild(0) : null;
  const suffix = target?.type === 'directly_assignable_expression' ? target.namedChild(target.namedChildCount - 1) : null;
  if (!target || suffix?.type !== 'indexing_suffix') return undefined;
  const span = { start: target.startIndex, end: suffix.startIndex };
  return { receiver: text.slice(span.start, span.end), span, key: suffix.namedChild(0) ?? undefined };
}

function enclosingFunction(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'method_declaration' || current.type === 'function_declaration') return current;
  }
  return undefined;
}

function staticMessage(name: string): string {
  return (
    `Factor VI: \`${name}\` is a static collection this handler writes per user: it lives in this JVM's memory, ` +
    'vanishes on restart and is not shared between instances; keep it in a backing store such as Redis or the database.'
  );
}

export const jvmStaticWritesCheck: LanguageCheck = {
  languages: ['java', 'kotlin'],
  keywords: ['@controller', '@restcontroller', 'httpservlet', 'httphandler'],
  check,
};
