// What a request handler looks like in Flask, FastAPI, Django, CherryPy and Pyramid, and whether a value comes from
// who is asking (session, user, token, cookies) rather than from what is asked.
import { decoratorsOf, dottedName, importBindings, lastSegment, parameterNames } from '../../languages/python';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import { hasWord } from './javascript-handlers';

const ROUTE_METHODS = new Set(['route', 'get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'api_route', 'websocket']);
/** `@app.get`, `@router.post`, `@bp.route`, `@shop_blueprint.route`, `@api.get`. */
const ROUTER_OBJECT = /(?:^|_)(?:app|application|router|api|bp|blueprint|routes|views)$/i;
/** Django/DRF/Flask-Login view decorators, CherryPy's (and TurboGears') `expose`, Pyramid's `view_config`. */
const VIEW_DECORATORS = new Set(['api_view', 'login_required', 'require_http_methods', 'require_POST', 'require_GET', 'require_safe', 'permission_required', 'expose', 'view_config']);
const HANDLER_PARAMS = new Set(['request', 'req']);

const IDENTITY_WORDS = new Set([
  'user', 'users', 'session', 'sessions', 'sid', 'uid', 'token', 'tokens', 'cookie', 'cookies', 'headers',
  'authorization', 'auth', 'login', 'email', 'username', 'account', 'customer', 'member', 'visitor', 'principal', 'jwt',
  'bearer', 'identity',
]);

/** The innermost enclosing def that handles a request, if any. */
export function enclosingHandler(node: SyntaxNode): SyntaxNode | undefined {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.type === 'function_definition' && isRequestHandler(parent)) return parent;
  }
  return undefined;
}

/**
 * A route-decorated function, a Django view `def view(request, ...)`, a class-based view method `def
 * get(self, request)`, or a function that reads the request context a framework's proxies hold
 * (`session['user']`, `request.json` from flask, quart or bottle): only a request runs it, however it
 * is routed (`add_url_rule`, a Connexion `operationId`).
 */
export function isRequestHandler(fn: SyntaxNode): boolean {
  if (decoratorsOf(fn).some(isRouteDecorator)) return true;
  if (inExposedClass(fn) || inConsumerClass(fn)) return true;
  const [first, second] = parameterNames(fn);
  if (HANDLER_PARAMS.has(first ?? '') || ((first === 'self' || first === 'cls') && HANDLER_PARAMS.has(second ?? ''))) return true;
  return usesRequestContext(fn);
}

/** Frameworks whose `request` and `session` are module-level proxies of the current request. */
const CONTEXT_FRAMEWORKS = new Set(['flask', 'quart', 'bottle']);
const CONTEXT_PROXIES = new Set(['request', 'session']);

function usesRequestContext(fn: SyntaxNode): boolean {
  const proxies = contextProxies(fn);
  if (proxies.size === 0) return false;
  const parameters = new Set(parameterNames(fn));
  let found = false;
  walkTree(fn, (node) => {
    if (found) return false;
    const object = node.type === 'subscript' ? node.childForFieldName('value') : node.type === 'attribute' ? node.childForFieldName('object') : null;
    found = object?.type === 'identifier' && proxies.has(object.text) && !parameters.has(object.text);
    return undefined;
  });
  return found;
}

/** The names this module imports the proxies under: `from flask import session, request as req`. */
function contextProxies(fn: SyntaxNode): Set<string> {
  let root = fn;
  while (root.parent) root = root.parent;
  const names = new Set<string>();
  for (const [local, path] of importBindings(root)) {
    const dot = path.lastIndexOf('.');
    if (dot > 0 && CONTEXT_FRAMEWORKS.has(path.slice(0, dot)) && CONTEXT_PROXIES.has(path.slice(dot + 1))) names.add(local);
  }
  return names;
}

/** A method of a class CherryPy exposes whole (`@cherrypy.expose class ProductsApi: def POST(self)`, MethodDispatcher). */
function inExposedClass(fn: SyntaxNode): boolean {
  const body = fn.parent?.type === 'decorated_definition' ? fn.parent.parent : fn.parent;
  const owner = body?.type === 'block' ? body.parent : undefined;
  return owner?.type === 'class_definition' && decoratorsOf(owner).some((decorator) => lastSegment(dottedName(decorator) ?? '') === 'expose');
}

/**
 * A method of a Django Channels consumer (`class Chat(AsyncWebsocketConsumer)`), a Starlette
 * endpoint class or a Tornado handler: the ASGI server runs one per connection or request, in a long-lived process.
 */
function inConsumerClass(fn: SyntaxNode): boolean {
  const owner = fn.parent?.type === 'block' ? fn.parent.parent : fn.parent?.type === 'decorated_definition' && fn.parent.parent?.type === 'block' ? fn.parent.parent.parent : undefined;
  const bases = owner?.type === 'class_definition' ? owner.childForFieldName('superclasses')?.namedChildren ?? [] : [];
  if (bases.length === 0) return false;
  let root = owner!;
  while (root.parent) root = root.parent;
  const imports = importBindings(root);
  return bases.some((base) => {
    const name = dottedName(base);
    if (name === undefined) return false;
    const head = name.split('.')[0]!;
    const path = imports.has(head) ? `${imports.get(head)}${name.slice(head.length)}` : name;
    return ASGI_BASE.test(path);
  });
}

/**
 * `channels.generic.websocket.AsyncWebsocketConsumer`, `channels.consumer.SyncConsumer`, `starlette.endpoints.WebSocketEndpoint`;
 * Tornado's `tornado.web.RequestHandler` and `tornado.websocket.WebSocketHandler` (one instance per request, in a long-lived process).
 */
const ASGI_BASE = /^(?:channels\.[\w.]*Consumer|starlette\.endpoints\.(?:WebSocketEndpoint|HTTPEndpoint)|tornado\.web\.RequestHandler|tornado\.websocket\.WebSocketHandler)$/;

/** python-socketio's and Flask-SocketIO's server objects: `@sio.event`, `@sio.on("answer")`, `@socketio.on("join")`. */
const SOCKET_SERVER = /(?:^|_)(?:sio|socketio|socket_io)$/i;

function isRouteDecorator(decorator: SyntaxNode): boolean {
  const callee = decorator.type === 'call' ? decorator.childForFieldName('function') : decorator;
  const name = dottedName(callee);
  if (name === undefined) return false;
  if (isSocketEventDecorator(name, decorator.type === 'call')) return true;
  if (VIEW_DECORATORS.has(lastSegment(name))) return true;
  const dot = name.lastIndexOf('.');
  if (dot < 0 || decorator.type !== 'call' || !ROUTE_METHODS.has(name.slice(dot + 1))) return false;
  return ROUTER_OBJECT.test(lastSegment(name.slice(0, dot)));
}

/**
 * What names the connection in a socket.io event handler: python-socketio's first parameter (`sid`),
 * Flask-SocketIO's `request.sid`. State keyed by it lives and dies with a connection this process holds.
 */
export function socketConnectionKeys(fn: SyntaxNode): ReadonlySet<string> {
  const socket = decoratorsOf(fn).some((decorator) => {
    const name = dottedName(decorator.type === 'call' ? decorator.childForFieldName('function') : decorator);
    return name !== undefined && isSocketEventDecorator(name, decorator.type === 'call');
  });
  const first = parameterNames(fn)[0];
  return socket ? new Set(['request.sid', ...(first === undefined ? [] : [first])]) : new Set();
}

/** `@sio.event` (bare) or `@sio.on("event")` (called): one call per message of a connected client. */
function isSocketEventDecorator(name: string, called: boolean): boolean {
  const dot = name.lastIndexOf('.');
  const method = name.slice(dot + 1);
  if (dot < 0 || !SOCKET_SERVER.test(lastSegment(name.slice(0, dot)))) return false;
  return called ? method === 'on' : method === 'event';
}

/**
 * Whether `node` reads who is asking: `session['user_id']`, `request.user.id`, `current_user.id`,
 * `request.cookies.get('cart_id')`, a `user_id`/`token` name, or a local assigned from one.
 */
export function isIdentityDerived(node: SyntaxNode, scope: SyntaxNode | undefined, depth = 0): boolean {
  let found = false;
  walkTree(node, (child) => {
    if (found) return false;
    if (child.type === 'identifier') {
      found = hasWord(child.text, IDENTITY_WORDS) || (depth < 2 && isAssignedFromIdentity(child.text, scope, depth));
    } else if (child.type === 'string_content' && isLookupKey(child)) {
      found = hasWord(child.text, IDENTITY_WORDS);
    }
    return undefined;
  });
  return found;
}

/**
 * `session['user_id']`, `request.cookies.get('cart_id')`: the key says what is looked up. A key is one word: a call's
 * statement (`db.execute("SELECT id, name FROM account_kind")`) names a table, not who is asking.
 */
function isLookupKey(content: SyntaxNode): boolean {
  if (/\s/.test(content.text)) return false;
  const string = content.parent;
  const holder = string?.parent;
  if (holder?.type === 'subscript') return holder.childForFieldName('subscript')?.id === string?.id;
  return holder?.type === 'argument_list' && holder.parent?.type === 'call';
}

/** `uid = session['user_id']` earlier in the handler. */
function isAssignedFromIdentity(name: string, scope: SyntaxNode | undefined, depth: number): boolean {
  if (!scope) return false;
  let found = false;
  walkTree(scope, (node) => {
    if (found) return false;
    if (node.type !== 'assignment') return undefined;
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (left?.type === 'identifier' && left.text === name && right) found = isIdentityDerived(right, scope, depth + 1);
    return undefined;
  });
  return found;
}

/** Whether the file has any request handler (so a keyed helper writing per-user state is server code). */
export function containsHandler(root: SyntaxNode): boolean {
  let found = false;
  walkTree(root, (node) => {
    if (found) return false;
    if (node.type === 'function_definition') found = isRequestHandler(node);
    return undefined;
  });
  return found;
}
