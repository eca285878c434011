// Per-user or per-session state in a package-level Go map (or sync.Map) written by HTTP handlers:
// `var sessions = map[string]*Session{}` + `sessions[cookie.Value] = s` in a handler.
import { callArguments, callName, dottedGoName, FUNCTION_TYPES, goImports, named, parameterTypes, qualifiedName, unwrapGo } from '../../languages/go';
import { assignedValues } from '../../languages/locals';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { Report } from '../../types';
import { exemptWith, PER_USER_WORDS } from './state-words';
import { hasWord, wordsOf } from './javascript-handlers';
import { checkAccumulatingSlices } from './go-accumulating';
import { isGoRequestFreeLookup } from './go-lookup-writes';

/** Go's own: connections, hubs, pools, metrics and the registries of a mux. */
const EXEMPT_WORDS = exemptWith('limiters', 'conn', 'conns', 'client', 'clients', 'hub', 'pool', 'pools', 'metrics', 'registry', 'routes', 'handlers', 'templates');
const IDENTITY_WORDS = new Set([
  'user', 'users', 'session', 'sessions', 'sid', 'uid', 'token', 'tokens', 'cookie', 'cookies', 'authorization', 'auth',
  'login', 'email', 'username', 'account', 'customer', 'member', 'visitor', 'principal', 'jwt', 'bearer', 'claims',
]);
const CONNECTION_WORDS = new Set(['conn', 'ws', 'socket', 'websocket', 'stream', 'ch', 'chan', 'w', 'writer']);
// sync.Map's writes, and the in-process caches' (`Set`, `Add`, `SetDefault`, `Replace`).
const SYNC_MAP_WRITES = new Set(['Store', 'LoadOrStore', 'Delete', 'LoadAndDelete', 'Swap', 'CompareAndSwap', 'Set', 'Add', 'SetDefault', 'Replace']);
/**
 * Constructors of in-process caches, a map in this process's memory by another name: patrickmn/go-cache,
 * jellydator/ttlcache, hashicorp/golang-lru (and its expirable LRU). Read by import path, not by the
 * package's name: an app's own `cache.New(addr)` wraps Redis.
 */
const IN_MEMORY_CACHES = new Set([
  'github.com/patrickmn/go-cache.New', 'github.com/jellydator/ttlcache/v3.New', 'github.com/jellydator/ttlcache/v2.NewCache',
  'github.com/hashicorp/golang-lru.New', 'github.com/hashicorp/golang-lru/v2.New', 'github.com/hashicorp/golang-lru/v2/expirable.NewLRU',
]);
/** net/http, gin, echo, fiber; Connect's `*connect.Request[T]` (one call per RPC, the request's headers carry who asks). */
const HANDLER_TYPE = /^(?:\*http\.Request|http\.ResponseWriter|\*gin\.Context|echo\.Context|\*fiber\.Ctx|iris\.Context|\*fasthttp\.RequestCtx|\*app\.RequestContext|\*connect\.Request\[[\w.*\[\]]+\])$/;

interface Write {
  /** The key written (for delete/Store: the key argument). */
  key?: SyntaxNode;
  stored?: SyntaxNode;
}

export function checkPackageState(root: SyntaxNode, report: (report: Report) => void): void {
  const functions = root.descendantsOfType(['function_declaration', 'method_declaration', 'func_literal']).filter((fn): fn is SyntaxNode => fn !== null);
  const handlers = functions.filter(isHandler);
  // Only in server code: a slice a handler appends to and another reads back, whoever posted.
  if (handlers.length > 0) checkAccumulatingSlices(root, EXEMPT_WORDS, (node) => enclosingFunctions(node).find(isHandler), isShadowed, report);
  const containers = packageContainers(root);
  const fields = serverFields(root, handlers);
  if (containers.size === 0 && fields.size === 0) return;
  const fileHasHandlers = handlers.length > 0;
  const reported = new Set<string>();
  walkTree(root, (node) => {
    const held = heldContainer(node, containers, fields);
    if (!held || reported.has(held.key)) return true;
    const write = writeAt(held.reference);
    if (!write || (node.type === 'identifier' && isShadowed(node)) || !isPerUserWrite(held.reference, write, fileHasHandlers)) return true;
    reported.add(held.key);
    report({
      span: { start: held.declaration.startIndex, end: held.declaration.endIndex },
      message:
        `Factor VI: \`${node.text}\` keeps per-user state in process memory: ` +
        'it vanishes on restart and is not shared between processes; keep it in a backing store such as Redis or the database.',
    });
    return true;
  });
}

/** A reference to a package-level container (`sessions`) or to a server type's field (`s.sessions`). */
function heldContainer(node: SyntaxNode, containers: Map<string, SyntaxNode>, fields: Map<string, SyntaxNode>): { key: string; reference: SyntaxNode; declaration: SyntaxNode } | undefined {
  if (node.type === 'identifier') {
    const declaration = containers.get(node.text);
    return declaration && node.id !== declaration.id ? { key: node.text, reference: node, declaration } : undefined;
  }
  const selector = node.type === 'field_identifier' && node.parent?.type === 'selector_expression' ? node.parent : undefined;
  const declaration = selector?.childForFieldName('field')?.id === node.id ? fields.get(node.text) : undefined;
  return selector && declaration ? { key: `.${node.text}`, reference: selector, declaration } : undefined;
}

/**
 * Map fields of a type whose methods handle requests (`func (s *server) login(w http.ResponseWriter, r *http.Request)`):
 * the server value lives as long as the process, so `s.sessions` is package state by another path. A type
 * built per request (a form, a view model) has no handler methods and is left alone.
 */
function serverFields(root: SyntaxNode, handlers: readonly SyntaxNode[]): Map<string, SyntaxNode> {
  const serverTypes = new Set(handlers.flatMap((fn) => (fn.type === 'method_declaration' ? [receiverType(fn)] : [])));
  const fields = new Map<string, SyntaxNode>();
  if (serverTypes.size === 0) return fields;
  for (const spec of root.descendantsOfType('type_spec')) {
    const struct = spec?.childForFieldName('type');
    if (!spec || struct?.type !== 'struct_type' || !serverTypes.has(spec.childForFieldName('name')?.text ?? '')) continue;
    for (const field of struct.descendantsOfType('field_declaration')) {
      if (!field || !isMapType(field.childForFieldName('type'))) continue;
      for (const name of field.childrenForFieldName('name')) if (name && !hasWord(name.text, EXEMPT_WORDS)) fields.set(name.text, name);
    }
  }
  return fields;
}

/** `server` of `func (s *server) …`. */
function receiverType(method: SyntaxNode): string {
  const parameter = named(method.childForFieldName('receiver'))[0];
  return parameter?.childForFieldName('type')?.text.replace(/^\*/, '').replace(/\[.*$/, '') ?? '';
}

/** Package-level `var x = map[K]V{}`, `make(map[K]V)`, `var x map[K]V`, `var x sync.Map`, by name identifier. */
function packageContainers(root: SyntaxNode): Map<string, SyntaxNode> {
  const containers = new Map<string, SyntaxNode>();
  const imports = goImports(root);
  for (const declaration of named(root)) {
    if (declaration.type !== 'var_declaration') continue;
    for (const spec of declaration.descendantsOfType('var_spec')) {
      if (!spec) continue;
      const names = named(spec).filter((child) => child.type === 'identifier');
      const values = named(spec.childForFieldName('value'));
      names.forEach((name, index) => {
        const value = values[index];
        const isContainer = value ? isMapValue(value) || isInMemoryCache(value, imports) : isMapType(spec.childForFieldName('type'));
        if (isContainer && !hasWord(name.text, EXEMPT_WORDS)) containers.set(name.text, name);
      });
    }
  }
  return containers;
}

function isMapType(type: SyntaxNode | null): boolean {
  return type?.type === 'map_type' || dottedGoName(type) === 'sync.Map';
}

function isMapValue(value: SyntaxNode): boolean {
  const node = unwrapGo(value);
  if (node.type === 'composite_literal') return isMapType(node.childForFieldName('type'));
  return node.type === 'call_expression' && callName(node) === 'make' && named(node.childForFieldName('arguments'))[0]?.type === 'map_type';
}

/** `cache.New(time.Hour, 10*time.Minute)`, `expirable.NewLRU[string, Session](…)` of an in-process cache package. */
function isInMemoryCache(value: SyntaxNode, imports: ReadonlyMap<string, string>): boolean {
  const node = unwrapGo(value);
  if (node.type !== 'call_expression') return false;
  const callee = node.childForFieldName('function');
  const name = callee?.type === 'index_expression' || callee?.type === 'generic_type' ? dottedGoName(callee.childForFieldName('operand') ?? callee.childForFieldName('type')) : callName(node);
  return IN_MEMORY_CACHES.has(qualifiedName(name, imports) ?? '');
}

/** `x[k] = v`, `x[k]++`, `delete(x, k)`, `x.Store(k, v)`, `x.Set(k, v, d)`. */
function writeAt(reference: SyntaxNode): Write | undefined {
  const parent = reference.parent;
  if (!parent) return undefined;
  if (parent.type === 'index_expression' && parent.childForFieldName('operand')?.id === reference.id) {
    const key = parent.childForFieldName('index') ?? undefined;
    const statement = parent.parent?.type === 'expression_list' ? parent.parent.parent : parent.parent;
    if (statement?.type === 'inc_statement' || statement?.type === 'dec_statement') return { ...(key ? { key } : {}) };
    if (statement?.type !== 'assignment_statement' || !named(statement.childForFieldName('left')).some((left) => left.id === parent.id)) return undefined;
    const stored = named(statement.childForFieldName('right'))[0];
    return { ...(key ? { key } : {}), ...(stored ? { stored } : {}) };
  }
  if (parent.type === 'argument_list' && parent.parent?.type === 'call_expression' && callName(parent.parent) === 'delete') {
    const [map, key] = callArguments(parent.parent);
    return map?.id === reference.id ? { ...(key ? { key } : {}) } : undefined;
  }
  if (parent.type === 'selector_expression' && parent.parent?.type === 'call_expression' && SYNC_MAP_WRITES.has(parent.childForFieldName('field')?.text ?? '')) {
    const [key, stored] = callArguments(parent.parent);
    return { ...(key ? { key } : {}), ...(stored ? { stored } : {}) };
  }
  return undefined;
}

/** In a handler: keyed by who is asking, or a per-user name. Elsewhere in server code: both. */
function isPerUserWrite(reference: SyntaxNode, write: Write, fileHasHandlers: boolean): boolean {
  if (write.stored && CONNECTION_WORDS.has(write.stored.text)) return false;
  const handler = enclosingFunctions(reference).find(isHandler);
  const scope = handler ?? enclosingFunctions(reference)[0];
  const identityKeyed = write.key !== undefined && scope !== undefined && isIdentityDerived(write.key, scope, 0);
  const perUserName = hasWord(reference.text, PER_USER_WORDS);
  if (handler) return identityKeyed || (perUserName && !isGoRequestFreeLookup([write.key, write.stored].filter((value): value is SyntaxNode => value !== undefined), handler));
  return fileHasHandlers && identityKeyed && perUserName;
}

/**
 * `func(w http.ResponseWriter, r *http.Request)`, `func(c *gin.Context)`, `func(c echo.Context) error`, `func(c *fiber.Ctx) error`,
 * iris's `func(ctx iris.Context)`, fasthttp's `func(ctx *fasthttp.RequestCtx)`, Hertz's `func(c context.Context, ctx *app.RequestContext)`, a Connect RPC method.
 */
function isHandler(fn: SyntaxNode): boolean {
  const types = [...parameterTypes(fn).values()];
  return types.some((type) => HANDLER_TYPE.test(type)) || isGrpcMethod(fn, types);
}

/** A gRPC server method: `func (s *server) Pay(ctx context.Context, in *pb.PayRequest) (*pb.PayReply, error)`. */
function isGrpcMethod(fn: SyntaxNode, types: readonly string[]): boolean {
  return fn.type === 'method_declaration' && types.length === 2 && types[0] === 'context.Context' && /^\*\w+\.\w+Request$/.test(types[1] ?? '');
}

function enclosingFunctions(node: SyntaxNode): SyntaxNode[] {
  const functions: SyntaxNode[] = [];
  for (let current = node.parent; current; current = current.parent) if (FUNCTION_TYPES.includes(current.type)) functions.push(current);
  return functions;
}

/** `cookie.Value`, `r.Header.Get("X-User-ID")`, `userID`, or a local assigned from one (two steps deep). */
function isIdentityDerived(node: SyntaxNode, scope: SyntaxNode, depth: number): boolean {
  if (wordsOf(node.text).some((word) => IDENTITY_WORDS.has(word))) return true;
  if (depth >= 2) return false;
  const identifiers = node.type === 'identifier' ? [node] : node.descendantsOfType('identifier').filter((child): child is SyntaxNode => child !== null);
  return identifiers.some((identifier) => assignedValues(scope, identifier.text, 'go').some(({ value }) => value.id !== node.id && isIdentityDerived(value, scope, depth + 1)));
}

/** A parameter or local of an enclosing function with the same name hides the package-level one. */
function isShadowed(reference: SyntaxNode): boolean {
  return enclosingFunctions(reference).some((fn) => {
    if (parameterTypes(fn).has(reference.text)) return true;
    let declared = false;
    walkTree(fn, (node) => {
      if (declared) return false;
      if (node.type === 'short_var_declaration') declared = named(node.childForFieldName('left')).some((left) => left.text === reference.text);
      else if (node.type === 'var_spec') declared = named(node).some((child) => child.type === 'identifier' && child.text === reference.text);
      return !declared;
    });
    return declared;
  });
}
