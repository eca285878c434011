// Per-user state in a module- or class-level container written by request handlers:
// `CARTS = {}` + `CARTS[session[:id]] = cart` in a Sinatra route, `@@sessions[current_user.id] ||= {}`
// in a Rails controller action. Instance variables of a controller are per request and stay silent.
import { ancestors, callArguments, enclosingMethod, methodName } from '../../languages/ruby';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import { splitWords } from '../../secrets';
import type { Report } from '../../types';
import { exemptWith, isSessionKeyName, PER_USER_WORDS, requestStateReport } from './state-words';
import { checkAccumulatingArrays } from './ruby-accumulating';
import { isRubyRequestFreeLookup, storedThrough } from './ruby-lookup-writes';

const EXEMPT_WORDS = exemptWith('mutex', 'lock');
/** Who is asking: a key built from one of these is per user. */
const IDENTITY_WORDS = new Set(['session', 'session_id', 'sid', 'current_user', 'current_account', 'user_id', 'cookies', 'uid', 'account_id', 'customer_id', 'user', 'visitor_id']);
// And the in-process caches, a Hash in this process's memory by another name: ActiveSupport's MemoryStore, lru_redux.
const CONTAINER_CLASSES =
  /^(?:::)?(?:Hash|Array|Set|Concurrent::(?:Hash|Map|Array|Set)|ThreadSafe::(?:Hash|Cache)|ActiveSupport::Cache::MemoryStore|LruRedux::(?:TTL::)?(?:ThreadSafe)?Cache)$/;
// `write` and `getset`: a cache store's and lru_redux's writes.
const KEYED_METHODS = new Set(['store', 'delete', '[]=', 'fetch_or_store', 'put_if_absent', 'compute_if_absent', 'write', 'getset']);
const ENTRY_METHODS = new Set(['push', 'add', 'add?', '<<', 'unshift', 'append', 'prepend', 'concat', 'merge!', 'update']);
const ROUTE_VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'options', 'before', 'after']);
const NAME_TYPES = new Set(['constant', 'class_variable', 'global_variable', 'identifier']);

interface Container {
  declaration: SyntaxNode;
  name: string;
}

export function checkRubyState(root: SyntaxNode, report: (found: Report) => void): void {
  const containers = moduleLevelContainers(root);
  if (containers.size === 0) return;
  const fileHasHandlers = hasHandler(root);
  const reported = new Set<string>();
  walkTree(root, (node) => {
    if (!NAME_TYPES.has(node.type) || reported.has(node.text)) return;
    const container = containers.get(node.text);
    if (!container || container.declaration.id === node.id || (node.type === 'identifier' && isShadowed(node))) return;
    const keys = mutationKeys(node);
    if (!keys || !isPerUserWrite(node, container.name, keys, fileHasHandlers)) return;
    reported.add(node.text);
    report({ span: nodeSpan(container.declaration), message: stateMessage(container.name) });
  });
  // Only in server code: an array a handler appends to and another reads back, whoever posted.
  if (!fileHasHandlers) return;
  const arrays = new Map([...containers].flatMap(([name, { declaration }]) => (!reported.has(name) && isArray(declaration.parent?.childForFieldName('right')) ? [[name, declaration] as const] : [])));
  checkAccumulatingArrays(root, arrays, { enclosingHandler, isShadowed }, report);
}

function isArray(value: SyntaxNode | null | undefined): boolean {
  if (value?.type === 'array') return true;
  return value?.type === 'call' && methodName(value) === 'new' && /^(?:::)?(?:Array|Concurrent::Array)$/.test(value.childForFieldName('receiver')?.text ?? '');
}

function stateMessage(name: string): string {
  return (
    `Factor VI: \`${name}\` keeps per-user state in process memory: it vanishes on restart and is not shared ` +
    'between processes; keep it in a backing store such as Redis or the database.'
  );
}

/** `X = {}` / `@@x = Hash.new { ... }` / `$x = []` at the top level or in a class or module body. */
function moduleLevelContainers(root: SyntaxNode): Map<string, Container> {
  const containers = new Map<string, Container>();
  walkTree(root, (node) => {
    if (node.type === 'method' || node.type === 'singleton_method' || node.type === 'block' || node.type === 'do_block') return false;
    if (node.type !== 'assignment') return undefined;
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!left || !right || !NAME_TYPES.has(left.type) || !isContainer(right)) return false;
    if (left.type === 'identifier' && node.parent?.type !== 'program') return false;
    const name = left.text;
    if (hasWord(name, EXEMPT_WORDS)) return false;
    containers.set(name, { declaration: left, name });
    return false;
  });
  return containers;
}

function isContainer(value: SyntaxNode): boolean {
  if (value.type === 'hash' || value.type === 'array') return true;
  if (value.type !== 'call' || methodName(value) !== 'new') return false;
  return CONTAINER_CLASSES.test(value.childForFieldName('receiver')?.text ?? '');
}

/** The keys a write to `reference` uses (empty when unknown), or undefined when it is not a write. */
function mutationKeys(reference: SyntaxNode): SyntaxNode[] | undefined {
  const parent = reference.parent;
  if (!parent) return undefined;
  if (parent.type === 'element_reference' && parent.childForFieldName('object')?.id === reference.id) {
    const keys = parent.namedChildren.filter((child): child is SyntaxNode => child !== null && child.id !== reference.id);
    return isWritten(parent) ? keys : undefined;
  }
  if (parent.type === 'call' && parent.childForFieldName('receiver')?.id === reference.id) {
    const method = methodName(parent) ?? '';
    const args = callArguments(parent);
    if (KEYED_METHODS.has(method)) return args.slice(0, 1);
    return ENTRY_METHODS.has(method) ? args : undefined;
  }
  if ((parent.type === 'assignment' || parent.type === 'operator_assignment') && parent.childForFieldName('left')?.id === reference.id) return [];
  if (parent.type === 'binary' && parent.childForFieldName('left')?.id === reference.id && parent.childForFieldName('operator')?.text === '<<') {
    const right = parent.childForFieldName('right');
    return right ? [right] : [];
  }
  return undefined;
}

/** `x[k] = v`, `x[k] ||= v`, `x[k] << v`, `x[k].push(v)`, `x[k][:items] = v`. */
function isWritten(access: SyntaxNode, depth = 0): boolean {
  const parent = access.parent;
  if (depth > 16) return false;
  if (!parent) return false;
  if ((parent.type === 'assignment' || parent.type === 'operator_assignment') && parent.childForFieldName('left')?.id === access.id) return true;
  if (parent.type === 'binary' && parent.childForFieldName('left')?.id === access.id) return parent.childForFieldName('operator')?.text === '<<';
  if (parent.type === 'call' && parent.childForFieldName('receiver')?.id === access.id) {
    const method = methodName(parent) ?? '';
    return KEYED_METHODS.has(method) || ENTRY_METHODS.has(method);
  }
  return parent.type === 'element_reference' && parent.childForFieldName('object')?.id === access.id && isWritten(parent, depth + 1);
}

function isPerUserWrite(reference: SyntaxNode, name: string, keys: SyntaxNode[], fileHasHandlers: boolean): boolean {
  const handler = enclosingHandler(reference);
  const perUserName = hasWord(name, PER_USER_WORDS);
  const identityKeyed = keys.some((key) => isIdentityDerived(key) || isAssignedFromIdentity(key));
  if (handler) {
    const stored = storedThrough(reference);
    return identityKeyed || (perUserName && !isRubyRequestFreeLookup([...keys, ...(stored ? [stored] : [])], handler));
  }
  if (enclosingMethod(reference) !== undefined && keys.some((key) => isSessionKey(key, name))) return !storesHttpClient(reference);
  return fileHasHandlers && enclosingMethod(reference) !== undefined && identityKeyed && perUserName;
}

function isIdentityDerived(key: SyntaxNode): boolean {
  let found = false;
  walkTree(key, (node) => {
    if (found) return false;
    const word = node.type === 'simple_symbol' ? node.text.slice(1) : node.type === 'identifier' ? node.text : '';
    found = IDENTITY_WORDS.has(word);
    return undefined;
  });
  return found;
}

/** `employee = req.session['employee']` earlier in the same method or block: the local names who is asking. */
function isAssignedFromIdentity(key: SyntaxNode): boolean {
  if (key.type !== 'identifier') return false;
  const scope = ancestors(key).find((parent) => parent.type === 'method' || parent.type === 'do_block' || parent.type === 'block');
  let found = false;
  walkTree(scope ?? key, (node) => {
    if (found) return false;
    if (node.type !== 'assignment' || node.childForFieldName('left')?.text !== key.text) return undefined;
    const right = node.childForFieldName('right');
    found = right !== null && isIdentityDerived(right);
    return false;
  });
  return found;
}

/**
 * A Rails controller action, a Sinatra route block, Roda's routing tree (`route do |r|` in a
 * `class App < Roda`: every request runs it), or an ActionCable channel's method (one channel
 * instance per subscription, in the long-lived cable server), or a Rack app's `call(env)`, which
 * serves every request the process receives.
 */
function enclosingHandler(node: SyntaxNode): SyntaxNode | undefined {
  const chain = ancestors(node);
  for (const [index, parent] of chain.entries()) {
    if ((parent.type === 'do_block' || parent.type === 'block') && (isRoute(chain[index + 1] ?? null) || isRodaRoutingTree(chain[index + 1] ?? null))) return parent;
    if (parent.type === 'method' && isControllerClass(chain.slice(index + 1).find((outer) => outer.type === 'class'))) return parent;
    if (isRackCall(parent)) return parent;
  }
  return undefined;
}

/** `def call(env)`: the Rack interface, one call per request. */
function isRackCall(node: SyntaxNode): boolean {
  if (node.type !== 'method' || node.childForFieldName('name')?.text !== 'call') return false;
  const parameters = node.childForFieldName('parameters')?.namedChildren ?? [];
  return parameters.length === 1 && parameters[0]?.text === 'env';
}

/** `route do |r| ... end` in a class whose superclass is `Roda`. */
function isRodaRoutingTree(call: SyntaxNode | null): boolean {
  if (call?.type !== 'call' || call.childForFieldName('receiver') || methodName(call) !== 'route' || callArguments(call).length > 0) return false;
  const klass = ancestors(call).find((outer) => outer.type === 'class');
  return /^(?:::)?Roda$/.test(klass?.childForFieldName('superclass')?.text.replace(/^<\s*/, '') ?? '');
}

function isRoute(call: SyntaxNode | null): boolean {
  if (call?.type !== 'call' || call.childForFieldName('receiver') || !ROUTE_VERBS.has(methodName(call) ?? '')) return false;
  const first = callArguments(call)[0];
  return !first || first.type === 'string' || first.type === 'regex' || first.type === 'simple_symbol';
}

function isControllerClass(klass: SyntaxNode | undefined): boolean {
  if (!klass) return false;
  const name = klass.childForFieldName('name')?.text ?? '';
  const superclass = klass.childForFieldName('superclass')?.text ?? '';
  return /Controller$/.test(name) || /Controller(?:::Base|::API)?$/.test(superclass) || /(?:ApplicationCable::Channel|ActionCable::Channel::Base)$/.test(superclass);
}

/** A route with a block, or a controller class that defines a method (top-down: no parent lookups). */
function hasHandler(root: SyntaxNode): boolean {
  let found = false;
  walkTree(root, (node) => {
    if (found) return false;
    if (node.type === 'call') found = (isRoute(node) && node.childForFieldName('block') !== null) || (isRodaRoutingTree(node) && node.childForFieldName('block') !== null);
    else if (isRackCall(node)) found = true;
    else if (node.type === 'class' && isControllerClass(node)) {
      found = !!node.childForFieldName('body')?.namedChildren.some((member) => member?.type === 'method');
    }
    return undefined;
  });
  return found;
}

/** A block parameter or a local assigned in an enclosing block or method hides a top-level local. */
function isShadowed(reference: SyntaxNode): boolean {
  const name = reference.text;
  for (const parent of ancestors(reference)) {
    if (parent.type !== 'do_block' && parent.type !== 'block' && parent.type !== 'method') continue;
    const parameters = parent.childForFieldName('parameters');
    if (parameters?.namedChildren.some((parameter) => parameter?.text === name)) return true;
    if (parent.type === 'method') return true; // top-level locals are not visible inside `def`
    let assigned = false;
    walkTree(parent, (node) => {
      if (assigned) return false;
      assigned = node.type === 'assignment' && node.childForFieldName('left')?.text === name;
      return undefined;
    });
    if (assigned) return true;
  }
  return false;
}

function hasWord(name: string, words: ReadonlySet<string>): boolean {
  return splitWords(name.replace(/^(?:@@|\$)/, '')).some((word) => words.has(word));
}

/** `sid`, `session_id`, `STORE["session:#{token}"]`: a key that names a session (state-words.ts isSessionKeyName). */
function isSessionKey(key: SyntaxNode, container: string): boolean {
  if (key.type === 'identifier') return isSessionKeyName(key.text, container);
  return key.type === 'string' && key.namedChildren.some((part) => part?.type === 'interpolation') && isSessionKeyName(key.text, container);
}

/** `Faraday.new(…)`, `Net::HTTP.new(…)`, `Octokit::Client.new(…)`: an outgoing client per API token is a connection cache. */
const HTTP_CLIENT = /^(?:Faraday|Net::HTTP|HTTPClient|[\w:]*Client)$/;

/** `SESSIONS[token] = Faraday.new(url, headers: …)`: the value written through `reference` is an outgoing client. */
function storesHttpClient(reference: SyntaxNode): boolean {
  const access = reference.parent;
  const assignment = access?.type === 'element_reference' ? access.parent : undefined;
  const right = assignment?.type === 'assignment' || assignment?.type === 'operator_assignment' ? assignment.childForFieldName('right') : undefined;
  return right?.type === 'call' && methodName(right) === 'new' && HTTP_CLIENT.test(right.childForFieldName('receiver')?.text ?? '');
}

/** Globals Ruby itself keeps (`$stdout.sync = true`, `$0`, `$VERBOSE`), never an app's request state. */
const RUBY_GLOBALS = /^\$(?:stdout|stderr|stdin|PROGRAM_NAME|VERBOSE|DEBUG|LOAD_PATH|LOADED_FEATURES|0|[!@;,/\\.<>_~*$?:"'&`+])$/;
/** A client or connection made in the handler (`$redis = Redis.new`): a shared resource, not a visitor's state. */
const CONNECTION_VALUE = /^(?:new|connect|open|establish_connection)$/;

/**
 * Request state carried in a class variable or a global: `@@notice = "Saved"` in one Sinatra route, shown by the view of
 * the next request; `@@last_filter = params[:filter]` in a controller action. One value in process memory for every
 * user of the process, and the next request may reach another process. A plain `=` in a handler only: `@@client ||= …`
 * memoises, `@@hits += 1` counts, and a value set while the class loads is configuration.
 */
export function checkRubyRequestState(root: SyntaxNode, report: (found: Report) => void): void {
  const writes = new Map<string, SyntaxNode[]>();
  walkTree(root, (node) => {
    if (node.type !== 'assignment') return;
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!left || !right || (left.type !== 'class_variable' && left.type !== 'global_variable') || RUBY_GLOBALS.test(left.text)) return;
    if (right.type === 'call' && CONNECTION_VALUE.test(methodName(right) ?? '')) return;
    const handler = enclosingHandler(left);
    // `$profile_types = DB[:profile_types].all`: a lookup table every visitor sees the same (ruby-lookup-writes.ts).
    if (!handler || isRubyRequestFreeLookup([right], handler)) return;
    writes.set(left.text, [...(writes.get(left.text) ?? []), left]);
  });
  for (const [name, lefts] of writes) report(requestStateReport(name, lefts.map(nodeSpan), 'the session or the flash'));
}
