// Per-user state that lives as long as the process without being a module-level name: a Map kept by
// an app factory's closure (`function createAuth() { const sessions = new Map(); return { login(req, res) {…} } }`)
// or a field of a plain class whose methods handle requests (`class SessionManager { private sessions = new Map();
// start = (req, res) => {…} }`, built once and handed to the router). The same write rules as module-level
// containers (javascript-state.ts), but only for writes in a handler the holder owns: the factory's nested
// handlers, the class's own handler members. DI singletons are javascript-singletons.ts's.
import ts from 'typescript';
import { IDENTIFIERS, moduleBindings, spanOf, unwrap, walkKinds } from '../../languages/ts-ast';
import { isAsciiAlnum, type PrefilterInput } from '../../prefilter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { bindsName, enclosingHandler, hasWord, IDENTITY_WORDS } from './javascript-handlers';
import { mayCallRouteMethodIn, mayHaveHandlerParameter, mayHaveRouter } from './javascript-prefilter';
import { containerFields, isSingleton } from './javascript-singletons';
import { declaresLocally, isContainer, isPerUserWrite, mutationAt, stateMessage } from './javascript-state';
import { EXEMPT_WORDS, PER_USER_WORDS, wordsOf } from './state-words';

function check(context: RuleContext): void {
  const source = context.parsed.typescript;
  const bindings = moduleBindings(source);
  const reported = new Set<ts.Node>();
  // From each write in a handler back to what it writes: a file has few such writes, and each looks only upwards.
  walkKinds(source, IDENTIFIERS, (node) => {
    const reference = ts.isIdentifier(node) ? referenceOf(node) : undefined;
    const mutation = reference && mutationAt(reference);
    const handler = mutation && enclosingHandler(reference);
    if (!mutation || !handler) return;
    const declaration = ts.isIdentifier(reference) ? closureDeclaration(reference, handler) : fieldDeclaration(reference, handler, bindings);
    if (!declaration || reported.has(declaration) || hasWord(declaration.text, EXEMPT_WORDS)) return;
    if (!isPerUserWrite(reference, declaration.text, mutation, true)) return;
    reported.add(declaration);
    context.report({ span: spanOf(declaration, source), message: stateMessage(declaration.text) });
  });
}

/** The expression a write goes through: a plain name, or `this.name`. */
function referenceOf(identifier: ts.Identifier): ts.Identifier | ts.PropertyAccessExpression | undefined {
  const parent = identifier.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === identifier) return parent.expression.kind === ts.SyntaxKind.ThisKeyword ? parent : undefined;
  return isPropertyKey(identifier) ? undefined : identifier;
}

function isPropertyKey(node: ts.Identifier): boolean {
  return (ts.isPropertyAssignment(node.parent) || ts.isPropertyDeclaration(node.parent) || ts.isMethodDeclaration(node.parent)) && node.parent.name === node;
}

/**
 * `const sessions = new Map()` among the own statements of a function the handler is nested in (an app
 * factory), with nothing rebinding the name on the way. The handler's own locals are one request's.
 */
function closureDeclaration(reference: ts.Identifier, handler: ts.SignatureDeclaration): ts.Identifier | undefined {
  const name = reference.text;
  let passedHandler = false;
  for (let parent = reference.parent; parent && !ts.isSourceFile(parent); parent = parent.parent) {
    if (parent === handler) passedHandler = true;
    if (!ts.isFunctionLike(parent)) continue;
    if (parent.parameters.some((parameter) => bindsName(parameter.name, name))) return undefined;
    const container = ownContainer(parent, name);
    if (container) return passedHandler && parent !== handler ? container : undefined;
    if (declaresLocally(parent, name)) return undefined;
  }
  return undefined;
}

function bodyOf(fn: ts.SignatureDeclaration): ts.Block | undefined {
  const body = (fn as ts.FunctionLikeDeclaration).body;
  return body && ts.isBlock(body) ? body : undefined;
}

/** `name` declared as a container by a statement of the function's own body. */
function ownContainer(fn: ts.SignatureDeclaration, name: string): ts.Identifier | undefined {
  for (const statement of bodyOf(fn)?.statements ?? []) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || declaration.name.text !== name) continue;
      return declaration.initializer && isContainer(unwrap(declaration.initializer)) ? declaration.name : undefined;
    }
  }
  return undefined;
}

/**
 * A container field (`private sessions = new Map()`, or `this.carts = {}` in the constructor) of the plain
 * class whose member the handler is. DI singletons are javascript-singletons.ts's.
 */
function fieldDeclaration(reference: ts.PropertyAccessExpression, handler: ts.SignatureDeclaration, bindings: ReadonlyMap<string, string>): ts.Identifier | undefined {
  const cls = ownerClass(reference);
  if (!cls || ownerClass(handler) !== cls || isSingleton(cls, bindings)) return undefined;
  const name = reference.name.text;
  return containerFields(cls).find((field) => field.name.text === name)?.name ?? constructorContainers(cls).find((field) => field.text === name);
}

function constructorContainers(cls: ts.ClassLikeDeclaration): ts.Identifier[] {
  const ctor = cls.members.find(ts.isConstructorDeclaration);
  const names: ts.Identifier[] = [];
  for (const statement of ctor?.body?.statements ?? []) {
    if (!ts.isExpressionStatement(statement) || !ts.isBinaryExpression(statement.expression)) continue;
    const { left, operatorToken, right } = statement.expression;
    if (operatorToken.kind !== ts.SyntaxKind.EqualsToken || !isContainer(unwrap(right))) continue;
    if (ts.isPropertyAccessExpression(left) && left.expression.kind === ts.SyntaxKind.ThisKeyword && ts.isIdentifier(left.name)) names.push(left.name);
  }
  return names;
}

/** The class whose `this` a node sees: past arrow functions (which keep `this`) to the first other function or class. */
function ownerClass(node: ts.Node): ts.ClassLikeDeclaration | undefined {
  for (let current: ts.Node | undefined = node.parent; current; current = current.parent) {
    if (ts.isClassLike(current)) return current;
    if (ts.isFunctionLike(current) && !ts.isArrowFunction(current) && !ts.isClassLike(current.parent)) return undefined;
  }
  return undefined;
}

/**
 * A container built in a function or a class: `new Map()`, `{}`, `[]`, `Object.create(null)` after `=`, a
 * comment allowed after the `=` and the `new` (`= // who is signed in` then `new Map()` on the next line: lost
 * before speed25c). Comments are read up to 300 characters, so the pattern stays linear.
 */
const BUILT_CONTAINER =
  /=(?:\s|\/\*[^]{0,300}?\*\/|\/\/[^\n]{0,300}\n)*(?:new(?:\s|\/\*[^]{0,300}?\*\/)+(?:Map|Set|NodeCache|LRUCache|LRU|QuickLRU|TTLCache)\b|\{\s*\}|\[\s*\]|Object\.create\(\s*null)/;

/**
 * A container built in a function or a class, and a handler: a function with a handler's parameter, or a route
 * method's callback whatever its parameters are called (`router.post('/cart', (a, b) => …)`, isRequestHandler).
 * The callback's case was left out once, and such a file lost its finding (speed21).
 */
function mayReport(file: PrefilterInput): boolean {
  const { text } = file;
  return BUILT_CONTAINER.test(text) && (mayHaveHandlerParameter(text) || (mayCallRouteMethodIn(file, true) && mayHaveRouter(text))) && maySayWhoAsks(text);
}

/**
 * isPerUserWrite holds a handler's write only for who is asking: a container named per user (PER_USER_WORDS),
 * a key or value read from a name or request lookup saying so (IDENTITY_WORDS, through locals too), or a
 * hand-written `store: { set() }`. Each is one of these words in a name or a string, as wordsOf splits it, so a
 * file with none (a parser's `ctx` visitors: yaml's 14 files on the bench tree, speed25c) has no finding.
 */
function maySayWhoAsks(text: string): boolean {
  for (const match of text.matchAll(PER_USER_FRAGMENT)) {
    // The word as wordsOf cuts it: the run of ASCII letters and digits around the match, then its camelCase words.
    let start = match.index;
    while (start > 0 && isAsciiAlnum(text.charCodeAt(start - 1))) start--;
    let end = match.index + match[0].length;
    while (end < text.length && isAsciiAlnum(text.charCodeAt(end))) end++;
    if (wordsOf(text.slice(start, end)).some((word) => PER_USER_OR_IDENTITY.has(word))) return true;
  }
  return false;
}

const PER_USER_OR_IDENTITY: ReadonlySet<string> = new Set([...PER_USER_WORDS, ...IDENTITY_WORDS, 'store']);
// Longest first, so `users` is tried before `user`; the run around the match is read whole anyway.
const PER_USER_FRAGMENT = new RegExp([...PER_USER_OR_IDENTITY].sort((a, b) => b.length - a.length).join('|'), 'gi');

export const javascriptHeldStateCheck: LanguageCheck = {
  languages: ['javascript', 'typescript'],
  // A handler's parameters (`req` is in `request` too), or a route method a callback is handed to (ROUTE_METHODS: `del` in `delete`).
  keywords: ['req', 'ctx', 'reply', 'get', 'post', 'put', 'patch', 'del', 'all', 'use', 'head', 'options', 'route'],
  mayReport,
  check,
};
