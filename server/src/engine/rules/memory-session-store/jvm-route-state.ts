// Per-user state in a JVM process's module-level containers, written by route handlers given as
// lambdas: a Java `static` field (`WISHLISTS.computeIfAbsent(user, …)` in `app.post("/wishlist", ctx -> …)`,
// Javalin, Spark) or a Kotlin top-level property (`carts.getOrPut(session.id)` in Ktor's
// `post("/cart") { … }`). One map per JVM, whatever class holds it: the same judgement as a
// singleton bean's field (jvm-state.ts), with the lambda as the handler. Android is one user's device: silent.
import { javaCall, javaString } from '../../languages/java';
import { kotlinCall, kotlinString } from '../../languages/kotlin';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { hasWord } from './javascript-handlers';
import { containerFields, holdsLiveConnections, isIdentity, isWritten, stateMessage, type Field } from './jvm-state';
import { EXEMPT_WORDS, PER_USER_WORDS } from './state-words';

/** Route registrations whose last argument is the handler: `app.post("/x", ctx -> …)`, Ktor's `post("/x") { … }`. */
const ROUTE_VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'before', 'after']);
const LAMBDAS = new Set(['lambda_expression', 'lambda_literal', 'annotated_lambda']);

function check(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root || /^import\s+androidx?\./m.test(context.text)) return;
  const kotlin = context.language === 'kotlin';
  for (const field of moduleContainers(root, kotlin)) {
    if (hasWord(field.name, EXEMPT_WORDS) || holdsLiveConnections(field.declaration, context.text)) continue;
    const perUserName = hasWord(field.name, PER_USER_WORDS);
    const written = isWritten(root, field.name, (key, _method, write) => {
      const handler = routeLambda(write, context.text, kotlin);
      return handler !== undefined && (perUserName || isIdentity(key, handler));
    });
    if (written) context.report({ span: { start: field.node.startIndex, end: field.node.endIndex }, message: stateMessage(field.name) });
  }
}

/** Kotlin's top-level properties; Java's `static` fields of any class. */
function moduleContainers(root: SyntaxNode, kotlin: boolean): Field[] {
  if (kotlin) return containerFields(root.namedChildren);
  const fields: Field[] = [];
  walkTree(root, (node) => {
    if (node.type !== 'class_body') return;
    const statics = node.namedChildren.filter((member) => member?.type === 'field_declaration' && /\bstatic\b/.test(member.namedChildren.find((child) => child?.type === 'modifiers')?.text ?? ''));
    fields.push(...containerFields(statics));
  });
  return fields;
}

/** The handler lambda of a route registration the write sits in. */
function routeLambda(write: SyntaxNode, text: string, kotlin: boolean): SyntaxNode | undefined {
  for (let node = write.parent; node; node = node.parent) {
    if (!LAMBDAS.has(node.type)) continue;
    const call = ancestorCall(node, kotlin);
    const jvmCall = call && (kotlin ? kotlinCall(call) : javaCall(call));
    const path = jvmCall?.args[0];
    if (jvmCall && ROUTE_VERBS.has(jvmCall.name) && path && (kotlin ? kotlinString : javaString)(path, text)) return node;
  }
  return undefined;
}

/**
 * The call a lambda is an argument of (Java: `argument_list`; Kotlin: a value argument, or a trailing
 * lambda, where `post("/x") { … }` parses as a call of the call `post("/x")`).
 */
function ancestorCall(lambda: SyntaxNode, kotlin: boolean): SyntaxNode | undefined {
  for (let node = lambda.parent, depth = 0; node && depth < 4; node = node.parent, depth++) {
    if (node.type !== (kotlin ? 'call_expression' : 'method_invocation')) continue;
    const inner = node.namedChild(0);
    return kotlin && !kotlinCall(node) && inner?.type === 'call_expression' ? inner : node;
  }
  return undefined;
}

export const jvmRouteStateCheck: LanguageCheck = {
  languages: ['java', 'kotlin'],
  keywords: ['post(', 'put(', 'get(', 'patch(', 'delete(', 'before(', 'after('],
  check,
};
