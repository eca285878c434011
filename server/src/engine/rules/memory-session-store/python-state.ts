// Per-user or per-session state kept in a module-level dict, set or list and written by request
// handlers: `carts = {}` + `carts[session['user_id']] = cart` in a Flask route or a Django view.
import { topLevelAssignments } from '../../languages/locals';
import { dottedName, enclosingFunction, positionalArguments } from '../../languages/python';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { Report } from '../../types';
import { hasWord } from './javascript-handlers';
import { exemptWith, isSessionKeyName, PER_USER_WORDS } from './state-words';
import { containsHandler, enclosingHandler, isIdentityDerived, socketConnectionKeys } from './python-handlers';
import { heldDeclaration } from './python-held-state';
import { checkAccumulatingLists } from './python-accumulating';
import { isRequestFreeLookup } from './python-lookup-writes';

/** Python's own: websockets, locks, registries and pools of connections. */
const EXEMPT_WORDS = exemptWith('websocket', 'websockets', 'lock', 'locks', 'registry', 'handlers', 'clients', 'pool');
/** Containers, and the in-process caches that are a dict in this process's memory (cachetools, expiringdict). */
const CONTAINER_CALLS = new Set([
  'dict', 'set', 'list', 'defaultdict', 'collections.defaultdict', 'OrderedDict', 'collections.OrderedDict',
  ...['TTLCache', 'LRUCache', 'LFUCache', 'TLRUCache', 'FIFOCache', 'RRCache'].flatMap((name) => [name, `cachetools.${name}`]),
  'ExpiringDict', 'expiringdict.ExpiringDict',
]);
const KEYED_METHODS = new Set(['setdefault', 'pop', 'add', 'discard', 'remove', 'append', 'insert']);
const UNKEYED_METHODS = new Set(['update', 'clear', 'popitem', 'extend']);
const CONNECTION_VALUES = new Set(['ws', 'websocket', 'socket', 'conn', 'connection', 'response', 'stream', 'queue']);

interface Mutation {
  /** What the entry is keyed by (or, for add/append, the entry itself). */
  keys: SyntaxNode[];
  stored?: SyntaxNode;
}

export function checkModuleState(root: SyntaxNode, report: (report: Report) => void): void {
  checkHeldState(root, report);
  const containers = moduleLevelContainers(root);
  if (containers.size === 0) return;
  const fileHasHandlers = containsHandler(root);
  const reported = new Set<string>();
  walkTree(root, (node) => {
    if (node.type !== 'identifier' || reported.has(node.text)) return;
    const declaration = containers.get(node.text);
    const fn = enclosingFunction(node);
    if (!declaration || !fn || fn.type !== 'function_definition' || isShadowed(node.text, fn)) return;
    const mutation = mutationAt(node, fn);
    if (!mutation || !isPerUserWrite(node, node.text, mutation, fn, fileHasHandlers)) return;
    reported.add(node.text);
    report({ span: { start: declaration.startIndex, end: declaration.endIndex }, message: stateMessage(node.text) });
  });
  // Only in server code: a list a handler appends to and another reads back, whoever posted.
  if (!fileHasHandlers) return;
  const lists = new Map([...containers].filter(([name, declaration]) => !reported.has(name) && isList(declaration.parent?.childForFieldName('right'))));
  checkAccumulatingLists(root, lists, isShadowed, report);
}

function isList(value: SyntaxNode | null | undefined): boolean {
  return value?.type === 'list' || (value?.type === 'call' && dottedName(value.childForFieldName('function')) === 'list');
}

/** A class's or an app factory's container (python-held-state.ts), written per user by a handler the holder owns. */
function checkHeldState(root: SyntaxNode, report: (report: Report) => void): void {
  const reported = new Set<number>();
  walkTree(root, (node) => {
    const reference = node.type === 'identifier' ? (isAttributeName(node) ? undefined : node) : node.type === 'attribute' ? node : undefined;
    // A held container is written through `x[k]` or `x.method(…)`; rebinding the name writes nothing held.
    const through = reference?.parent?.type === 'subscript' || reference?.parent?.type === 'attribute';
    const fn = through ? enclosingFunction(reference!) : undefined;
    if (!reference || fn?.type !== 'function_definition') return;
    const mutation = mutationAt(reference, fn);
    const handler = mutation && enclosingHandler(reference);
    const held = handler && heldDeclaration(reference, handler, isContainer);
    if (!held || reported.has(held.node.id) || hasWord(held.name, EXEMPT_WORDS) || !isPerUserWrite(reference, held.name, mutation!, fn, true)) return;
    reported.add(held.node.id);
    report({ span: { start: held.node.startIndex, end: held.node.endIndex }, message: stateMessage(held.name) });
  });
}

function isAttributeName(node: SyntaxNode): boolean {
  return node.parent?.type === 'attribute' && node.parent.childForFieldName('attribute')?.id === node.id;
}

function stateMessage(name: string): string {
  return (
    `Factor VI: \`${name}\` keeps per-user state in process memory: ` +
    'it vanishes on restart and is not shared between processes; keep it in a backing store such as Redis or the database.'
  );
}

/** `carts = {}`, `users: dict[str, User] = {}`, `sessions = defaultdict(dict)` at the top of the module. */
function moduleLevelContainers(root: SyntaxNode): Map<string, SyntaxNode> {
  const containers = topLevelAssignments(root).filter(({ name, value }) => isContainer(value) && !hasWord(name.text, EXEMPT_WORDS));
  return new Map(containers.map(({ name }) => [name.text, name]));
}

function isContainer(value: SyntaxNode): boolean {
  if (value.type === 'dictionary' || value.type === 'list' || value.type === 'set') return true;
  return value.type === 'call' && CONTAINER_CALLS.has(dottedName(value.childForFieldName('function')) ?? '');
}

/** How `reference` is written to: `x[k] = v`, `x[k] += 1`, `x[k].append(v)`, `del x[k]`, `x.setdefault(k, v)`, `global x; x = ...`. */
function mutationAt(reference: SyntaxNode, fn: SyntaxNode): Mutation | undefined {
  const parent = reference.parent;
  if (!parent) return undefined;
  if (parent.type === 'subscript' && parent.childForFieldName('value')?.id === reference.id) {
    const key = parent.childForFieldName('subscript');
    if (!key || !(isWriteTarget(parent) || isWrittenThrough(parent))) return undefined;
    return { keys: [key], ...assignedValue(parent) };
  }
  if (parent.type === 'attribute' && parent.childForFieldName('object')?.id === reference.id) return methodMutation(parent);
  if (isWriteTarget(reference) && declaresGlobal(fn, reference.text)) return { keys: [] };
  return undefined;
}

function methodMutation(attribute: SyntaxNode): Mutation | undefined {
  const method = attribute.childForFieldName('attribute')?.text ?? '';
  const call = attribute.parent;
  if (call?.type !== 'call' || call.childForFieldName('function')?.id !== attribute.id) return undefined;
  const args = positionalArguments(call);
  if (KEYED_METHODS.has(method)) {
    const stored = method === 'setdefault' ? (addedThrough(call) ?? args[1]) : method === 'insert' ? args[1] : args[0];
    return { keys: args.slice(0, 1), ...(stored ? { stored } : {}) };
  }
  return UNKEYED_METHODS.has(method) ? { keys: [...(call.childForFieldName('arguments')?.namedChildren ?? [])].filter((a): a is SyntaxNode => !!a) } : undefined;
}

/** `x.setdefault(k, set()).add(v)`: what is stored is `v`, added to the entry the call returns. */
function addedThrough(call: SyntaxNode): SyntaxNode | undefined {
  const attribute = call.parent;
  if (attribute?.type !== 'attribute' || attribute.childForFieldName('object')?.id !== call.id) return undefined;
  const outer = attribute.parent;
  if (outer?.type !== 'call' || !KEYED_METHODS.has(attribute.childForFieldName('attribute')?.text ?? '')) return undefined;
  return positionalArguments(outer)[0];
}

/** Left of `=`/`+=`, or deleted. */
function isWriteTarget(node: SyntaxNode): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (parent.type === 'assignment' || parent.type === 'augmented_assignment') return parent.childForFieldName('left')?.id === node.id;
  if (parent.type === 'delete_statement') return true;
  return parent.type === 'expression_list' && parent.parent?.type === 'delete_statement';
}

/** `x[k].append(v)`, `x[k]['n'] = v`, `x[k].total += 1`: the entry is changed in place. */
function isWrittenThrough(subscript: SyntaxNode): boolean {
  const parent = subscript.parent;
  if (parent?.type === 'subscript' && parent.childForFieldName('value')?.id === subscript.id) return isWriteTarget(parent);
  if (parent?.type !== 'attribute' || parent.childForFieldName('object')?.id !== subscript.id) return false;
  if (isWriteTarget(parent)) return true;
  const method = parent.childForFieldName('attribute')?.text ?? '';
  return parent.parent?.type === 'call' && (KEYED_METHODS.has(method) || UNKEYED_METHODS.has(method));
}

function assignedValue(target: SyntaxNode): { stored?: SyntaxNode } {
  const parent = target.parent;
  const right = parent?.type === 'assignment' && parent.childForFieldName('left')?.id === target.id ? parent.childForFieldName('right') : null;
  return right ? { stored: right } : {};
}

/** A write in a handler keyed by who is asking or to a per-user name; in server code, a keyed helper writing a per-user name. */
function isPerUserWrite(reference: SyntaxNode, name: string, mutation: Mutation, fn: SyntaxNode, fileHasHandlers: boolean): boolean {
  if (mutation.stored?.type === 'identifier' && CONNECTION_VALUES.has(mutation.stored.text)) return false;
  if (mutation.stored && isHttpClient(mutation.stored)) return false;
  const handler = enclosingHandler(reference);
  const perUserName = hasWord(name, PER_USER_WORDS);
  const scope = handler ?? fn;
  const connection = handler ? socketConnectionKeys(handler) : new Set<string>();
  const identityKeyed = mutation.keys.some((key) => !connection.has(key.text) && isIdentityDerived(key, scope));
  // `signed_in[bench] = session['user']`: a handler storing who is asking keeps per-user state too.
  const storesIdentity = handler !== undefined && mutation.stored !== undefined && !connection.has(mutation.stored.text) && isIdentityDerived(mutation.stored, scope);
  if (handler) return identityKeyed || storesIdentity || (perUserName && !isRequestFreeLookup(reference, mutation.keys, mutation.stored, handler));
  if (mutation.keys.some((key) => isSessionKey(key, name))) return true;
  return fileHasHandlers && identityKeyed && perUserName;
}

/** A parameter, or a local assignment without `global`, hides the module-level name. */
function isShadowed(name: string, fn: SyntaxNode): boolean {
  for (let current: SyntaxNode | undefined = fn; current; current = enclosingFunction(current)) {
    const parameters = current.childForFieldName('parameters');
    if (parameters?.namedChildren.some((parameter) => parameter && bindsParameter(parameter, name))) return true;
    if (assignsLocally(current, name) && !declaresGlobal(current, name)) return true;
  }
  return false;
}

function bindsParameter(parameter: SyntaxNode, name: string): boolean {
  const identifier = parameter.type === 'identifier' ? parameter : (parameter.childForFieldName('name') ?? parameter.namedChild(0));
  return identifier?.text === name;
}

/** Statements of `fn`'s own body (not nested defs) that match. */
function ownStatements(fn: SyntaxNode, matches: (node: SyntaxNode) => boolean): boolean {
  const body = fn.childForFieldName('body');
  if (!body) return false;
  let found = false;
  walkTree(body, (node) => {
    if (found || node.type === 'function_definition' || node.type === 'class_definition' || node.type === 'lambda') return false;
    found = matches(node);
    return undefined;
  });
  return found;
}

function assignsLocally(fn: SyntaxNode, name: string): boolean {
  return ownStatements(fn, (node) => {
    if (node.type !== 'assignment' && node.type !== 'for_statement') return false;
    const target = node.childForFieldName('left');
    return target?.type === 'identifier' && target.text === name;
  });
}

function declaresGlobal(fn: SyntaxNode, name: string): boolean {
  return ownStatements(fn, (node) => node.type === 'global_statement' && node.namedChildren.some((child) => child?.text === name));
}

/** A key named for a session (`sid`, `session_id`, `f"session:{token}"`), or a token's key to a container named for sessions (`_sessions[token]`). */
function isSessionKey(key: SyntaxNode, container: string): boolean {
  if (key.type === 'identifier') return isSessionKeyName(key.text, container);
  // `f"session:{token}"`: a key built around a session's token.
  return key.type === 'string' && key.namedChildren.some((part) => part?.type === 'interpolation') && isSessionKeyName(key.text, container);
}

/**
 * HTTP and cloud client sessions (`requests.Session()`, `aiohttp.ClientSession()`, `httpx.AsyncClient()`,
 * `boto3.Session()`): a pool of outgoing connections per API token is a connection cache, not a visitor's session.
 */
const HTTP_CLIENT = /^(?:requests\.(?:sessions\.)?Session|aiohttp\.ClientSession|ClientSession|httpx\.(?:Async)?Client|(?:aio)?boto3(?:\.session)?\.Session)$/;

function isHttpClient(value: SyntaxNode): boolean {
  return value.type === 'call' && HTTP_CLIENT.test(dottedName(value.childForFieldName('function')) ?? '');
}
