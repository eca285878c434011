// Per-user or per-session state kept in a module-level Map, Set, object or array and written by
// request handlers: `const carts = new Map()` + `carts.set(req.session.id, cart)` in a route.
import ts from 'typescript';
import { IDENTIFIERS, propertyName, spanOf, unwrap, walk, walkKinds } from '../../languages/ts-ast';
import type { Report } from '../../types';
import { EXEMPT_WORDS, IN_MEMORY_CLASSES, isSessionKeyName, PER_USER_WORDS } from './state-words';
import { bindsName, enclosingHandler, HANDLER_PARAMS, hasWord, IDENTITY_WORDS, isIdentityDerived, isRequestHandler } from './javascript-handlers';
import { checkAccumulatingArrays } from './javascript-accumulating';


// `del` is node-cache's delete.
const MUTATING_METHODS = new Set(['set', 'add', 'delete', 'del', 'push', 'unshift', 'splice']);
const CONNECTION_VALUES = new Set(['ws', 'socket', 'res', 'response', 'reply', 'stream', 'connection', 'conn']);

interface Mutation {
  /** What the entry is keyed by (or, for push/add, the entry itself); empty when unknown. */
  keys: ts.Node[];
  stored?: ts.Expression;
}

export function checkModuleState(source: ts.SourceFile, report: (report: Report) => void): void {
  const containers = moduleLevelContainers(source);
  // After the cheap exit: most files hold no module-level container, and the text search reads them whole.
  if (containers.size === 0 || isBrowserScript(source.text)) return;
  const fileHasHandlers = containsHandler(source);
  const reported = new Set<string>();
  walkKinds(source, IDENTIFIERS, (node) => {
    if (!ts.isIdentifier(node) || reported.has(node.text)) return;
    const declaration = containers.get(node.text);
    if (!declaration || node === declaration.name || isShadowed(node)) return;
    const mutation = mutationAt(node);
    if (!mutation || !isPerUserWrite(node, node.text, mutation, fileHasHandlers)) return;
    reported.add(node.text);
    report({ span: spanOf(declaration.name, source), message: stateMessage(node.text) });
  });
  // Only in server code: a list a handler appends to and another reads back, whoever posted.
  if (!fileHasHandlers) return;
  const arrays = new Map([...containers].filter(([name, declaration]) => !reported.has(name) && ts.isArrayLiteralExpression(unwrap(declaration.initializer!))));
  checkAccumulatingArrays(source, arrays, isShadowed, report);
}

/** The page's DOM read or written (Zabbix's `js/class.csuggest.js`: `document.getElementById(objid)`). */
const DOM_USE = /\b(?:document\.(?:getElementById|getElementsBy\w+|querySelector(?:All)?|createElement|body)|window\.(?:addEventListener|location|document|setTimeout))\b/;
/** Anything only a server-side module has: a `require`, `process`, an export to Node, a server. */
const NODE_USE = /\b(?:require\s*\(|process\.|module\.exports|exports\.|createServer|listen\s*\(|Deno\.|Bun\.)/;

/**
 * A script a page loads: its globals live in one visitor's browser tab, which is where per-user
 * state belongs (`LCL_SUGGESTS[sid] = new CSuggest(sid, oid)` keeps one tab's suggest boxes).
 * Only a plain script: a module with imports may be bundled for either side, so it is judged.
 */
function isBrowserScript(text: string): boolean {
  return DOM_USE.test(text) && !NODE_USE.test(text) && !/^[ \t]*(?:import|export)\s/m.test(text);
}

export function stateMessage(name: string): string {
  return (
    `Factor VI: \`${name}\` keeps per-user state in process memory: ` +
    'it vanishes on restart and is not shared between processes; keep it in a backing store such as Redis or the database.'
  );
}

/** Top-level `const x = new Map() | new Set() | {} | [] | Object.create(null)` with a name we may judge. */
function moduleLevelContainers(source: ts.SourceFile): Map<string, ts.VariableDeclaration & { name: ts.Identifier }> {
  const containers = new Map<string, ts.VariableDeclaration & { name: ts.Identifier }>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
      if (!isContainer(unwrap(declaration.initializer)) || hasWord(declaration.name.text, EXEMPT_WORDS)) continue;
      containers.set(declaration.name.text, declaration as ts.VariableDeclaration & { name: ts.Identifier });
    }
  }
  return containers;
}

// WeakMap/WeakSet are left out: keyed by objects (usually the request), they die with them.
export function isContainer(init: ts.Expression): boolean {
  if (ts.isObjectLiteralExpression(init) || ts.isArrayLiteralExpression(init)) return true;
  if (ts.isNewExpression(init)) return ts.isIdentifier(init.expression) && IN_MEMORY_CLASSES.includes(init.expression.text);
  if (!ts.isCallExpression(init) || init.expression.getText() !== 'Object.create') return false;
  return init.arguments[0]?.kind === ts.SyntaxKind.NullKeyword;
}

/** How `reference` is written to, if it is: `x.set(k, v)`, `x[k] = v`, `delete x[k]`, `x = ...`. */
export function mutationAt(reference: ts.Expression): Mutation | undefined {
  const parent = reference.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.expression === reference) {
    const call = parent.parent;
    if (ts.isCallExpression(call) && call.expression === parent && MUTATING_METHODS.has(parent.name.text)) {
      const keyed = parent.name.text === 'set' || parent.name.text === 'delete' || parent.name.text === 'del';
      if (keyed) return { keys: call.arguments.slice(0, 1), stored: call.arguments[1] };
      return { keys: [...call.arguments], stored: call.arguments[0] };
    }
    return isWriteTarget(parent) ? { keys: [] } : undefined;
  }
  if (ts.isElementAccessExpression(parent) && parent.expression === reference) {
    const written = isWriteTarget(parent) || (isMemberOf(parent) && isWriteTarget(parent.parent));
    return written ? { keys: [parent.argumentExpression], stored: assignedValue(parent) } : undefined;
  }
  return isWriteTarget(reference) ? { keys: [] } : undefined;
}

function isMemberOf(node: ts.Expression): boolean {
  return ts.isPropertyAccessExpression(node.parent) || ts.isElementAccessExpression(node.parent);
}

/** Left of an assignment (`=`, `+=`, `??=`, ...), operand of `delete`, `++` or `--`. */
function isWriteTarget(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isBinaryExpression(parent)) {
    const operator = parent.operatorToken.kind;
    return parent.left === node && operator >= ts.SyntaxKind.FirstAssignment && operator <= ts.SyntaxKind.LastAssignment;
  }
  if (ts.isDeleteExpression(parent)) return true;
  if (ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) {
    return parent.operator === ts.SyntaxKind.PlusPlusToken || parent.operator === ts.SyntaxKind.MinusMinusToken;
  }
  return false;
}

function assignedValue(target: ts.Expression): ts.Expression | undefined {
  const parent = target.parent;
  return ts.isBinaryExpression(parent) && parent.left === target ? parent.right : undefined;
}

/**
 * A write in a request handler keyed by who is asking, storing who is asking, or to a container whose
 * name says it holds per-user state; or, in server code, a helper keyed by who is asking writing to such a container.
 */
export function isPerUserWrite(reference: ts.Expression, name: string, mutation: Mutation, fileHasHandlers: boolean): boolean {
  if (mutation.stored && isConnectionValue(mutation.stored)) return false;
  if (isHandRolledStoreMethod(reference)) return true;
  const handler = enclosingHandler(reference);
  const perUserName = hasWord(name, PER_USER_WORDS);
  const scope = handler ?? enclosingFunctionOf(reference);
  const identityKeyed = mutation.keys.some((key) => isIdentityDerived(key, scope));
  // `held.set(slotId, { staffId: req.user.id })`: a handler storing who is asking keeps per-user state too.
  const storesIdentity = handler !== undefined && mutation.stored !== undefined && isIdentityDerived(mutation.stored, scope);
  if (handler) return identityKeyed || storesIdentity || (perUserName && !isRequestFreeLookup(reference, handler));
  if (scope !== undefined && mutation.keys.some((key) => isSessionIdKey(key, name))) return true;
  return fileHasHandlers && scope !== undefined && identityKeyed && perUserName;
}

/**
 * `profile = results` where `results` is what a query that takes nothing from the request returned
 * (`db.query('SELECT id, profile FROM profile', (error, results) => …)`, `const [rows] = await db.query(…)`):
 * the whole variable replaced by a lookup table, the same for every visitor, whatever the variable is called.
 * A query that reads the request (`[email]` from `req.body`) keeps the name's answer: the last visitor's row.
 */
export function isRequestFreeLookup(reference: ts.Expression, handler: ts.SignatureDeclaration): boolean {
  const parent = reference.parent;
  if (!ts.isBinaryExpression(parent) || parent.left !== reference || parent.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return false;
  const call = sourceCall(unwrap(parent.right), reference, handler);
  return call !== undefined && readsNothingOf(call, handlerNames(handler));
}

/** The call a value comes from: itself, `await` it, or a name bound by a callback parameter or a handler local. */
function sourceCall(value: ts.Expression, from: ts.Node, handler: ts.SignatureDeclaration): ts.CallExpression | undefined {
  let target = ts.isAwaitExpression(value) ? unwrap(value.expression) : value;
  while (ts.isElementAccessExpression(target) || ts.isPropertyAccessExpression(target)) target = unwrap(target.expression);
  if (ts.isCallExpression(target)) return target;
  if (!ts.isIdentifier(target)) return undefined;
  const name = target.text;
  for (let node = from.parent; node && node !== handler; node = node.parent) {
    if (!ts.isFunctionLike(node) || !node.parameters.some((parameter) => bindsName(parameter.name, name))) continue;
    return ts.isCallExpression(node.parent) ? node.parent : undefined;
  }
  let found: ts.CallExpression | undefined;
  walk(handler, (node) => {
    if (found) return false;
    if (ts.isVariableDeclaration(node) && node.initializer && bindsName(node.name, name)) {
      const initial = unwrap(node.initializer);
      const call = unwrap(ts.isAwaitExpression(initial) ? initial.expression : initial);
      if (ts.isCallExpression(call)) found = call;
    }
    return undefined;
  });
  return found;
}

/** The handler's parameters and every name it declares: what a call would use to pass the request on. */
function handlerNames(handler: ts.SignatureDeclaration): Set<string> {
  const names = new Set<string>(HANDLER_PARAMS);
  walk(handler, (node) => {
    if ((ts.isParameter(node) || ts.isVariableDeclaration(node) || ts.isBindingElement(node)) && ts.isIdentifier(node.name)) names.add(node.name.text);
    return undefined;
  });
  return names;
}

/** A call whose callee and arguments (callbacks aside) name nothing of the handler's and no identity. */
function readsNothingOf(call: ts.CallExpression, names: ReadonlySet<string>): boolean {
  let reads = false;
  walk(call, (node) => {
    if (reads || ts.isFunctionLike(node)) return false;
    if (ts.isIdentifier(node) && !isMemberName(node)) reads = names.has(node.text) || hasWord(node.text, IDENTITY_WORDS);
    else if (ts.isPropertyAccessExpression(node) && hasWord(node.name.text, IDENTITY_WORDS)) reads = true;
    return undefined;
  });
  return !reads;
}

function isMemberName(node: ts.Identifier): boolean {
  return ts.isPropertyAccessExpression(node.parent) && node.parent.name === node;
}

/**
 * `pending.set(sessionId, lines)` in a helper: a session id exists only while a request is served, so
 * a container keyed by one holds that session's state wherever the write is. A user id is not enough
 * outside a handler: a registry of users keyed by their id is the app's data, not a visitor's state.
 */
function isSessionIdKey(key: ts.Node, container: string): boolean {
  const target = unwrap(key as ts.Expression);
  // `session:${token}`: a key built around a session's token.
  const name = ts.isIdentifier(target) || ts.isPropertyAccessExpression(target) || ts.isTemplateExpression(target) ? target.getText() : undefined;
  return name !== undefined && isSessionKeyName(name, container);
}

/** A connection, or an outgoing client per API token (`new Octokit({ auth: token })`, `new WebClient(token)`, `axios.create(…)`). */
function isConnectionValue(value: ts.Expression): boolean {
  const target = unwrap(value);
  if (ts.isNewExpression(target)) return ts.isIdentifier(target.expression) && /(?:Client|Octokit|Agent)$/.test(target.expression.text);
  if (ts.isCallExpression(target)) return target.expression.getText() === 'axios.create';
  return ts.isIdentifier(target) && CONNECTION_VALUES.has(target.text);
}

/** A method of `store: { get, set, destroy }` handed to a session middleware: a home-made memory store. */
function isHandRolledStoreMethod(node: ts.Node): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (ts.isFunctionLike(parent) && isStoreWriteMethod(parent)) return true;
  }
  return false;
}

function isStoreWriteMethod(fn: ts.SignatureDeclaration): boolean {
  const member = ts.isMethodDeclaration(fn) ? fn : ts.isPropertyAssignment(fn.parent) ? fn.parent : undefined;
  const object = member?.parent;
  if (!member || !object || !ts.isObjectLiteralExpression(object) || !ts.isPropertyAssignment(object.parent)) return false;
  return propertyName(object.parent.name) === 'store' && ['set', 'destroy'].includes(propertyName(member.name) ?? '');
}

function enclosingFunctionOf(node: ts.Node): ts.SignatureDeclaration | undefined {
  for (let parent = node.parent; parent; parent = parent.parent) if (ts.isFunctionLike(parent)) return parent;
  return undefined;
}

function containsHandler(source: ts.SourceFile): boolean {
  let found = false;
  walk(source, (node) => {
    if (found) return false;
    found = ts.isFunctionLike(node) && isRequestHandler(node);
    return undefined;
  });
  return found;
}

/** A parameter or local of an enclosing function with the same name hides the module-level one. */
function isShadowed(reference: ts.Identifier): boolean {
  const name = reference.text;
  for (let parent = reference.parent; parent && !ts.isSourceFile(parent); parent = parent.parent) {
    if (!ts.isFunctionLike(parent)) continue;
    if (parent.parameters.some((parameter) => bindsName(parameter.name, name))) return true;
    if (declaresLocally(parent, name)) return true;
  }
  return false;
}

export function declaresLocally(fn: ts.SignatureDeclaration, name: string): boolean {
  let found = false;
  const body = (fn as ts.FunctionLikeDeclaration).body;
  if (!body) return false;
  walk(body, (node) => {
    if (found || (node !== body && ts.isFunctionLike(node))) return false;
    found = ts.isVariableDeclaration(node) && bindsName(node.name, name);
    return undefined;
  });
  return found;
}
