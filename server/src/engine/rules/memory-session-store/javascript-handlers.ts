// What a request handler looks like, and whether a value comes from who is asking (session,
// user, cookies, auth headers) rather than from what is asked.
import ts from 'typescript';
import { dottedName, lastSegment, propertyName, unwrap, walk } from '../../languages/ts-ast';
import { hasWord, wordsOf } from './state-words';

// Not `res`/`response` alone: `new Promise((res) => ...)` and `fetch(...).then((res) => ...)` are everywhere.
export const HANDLER_PARAMS = new Set(['req', 'request', 'ctx', 'reply']);
export const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'use', 'head', 'options', 'route']);
export const ROUTER_OBJECTS = new Set(['app', 'router', 'server', 'fastify', 'api', 'routes', 'instance', 'koa', 'hono']);

/** Words that say a value identifies a user or a session. */
export const IDENTITY_WORDS = new Set([
  'user', 'users', 'session', 'sessions', 'sid', 'uid', 'token', 'tokens', 'cookie', 'cookies',
  'header', 'headers', 'authorization', 'auth', 'login', 'email', 'username', 'account', 'customer',
  'member', 'visitor', 'principal', 'jwt', 'bearer',
]);

// Re-exported: the word helpers live with the shared word lists (state-words.ts), which every language reads.
export { hasWord, wordsOf };

/** The innermost enclosing function that handles a request, if any. */
export function enclosingHandler(node: ts.Node): ts.SignatureDeclaration | undefined {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (ts.isFunctionLike(parent) && isRequestHandler(parent)) return parent;
  }
  return undefined;
}

/**
 * `(req, res) => ...`, `(_req, res) => ...`, `async (ctx) => ...`, `(request, reply) => ...`,
 * `({ request }) => ...`, or a callback given to `app.post(...)`.
 */
export function isRequestHandler(fn: ts.SignatureDeclaration): boolean {
  return fn.parameters.some((parameter) => isHandlerParameter(parameter.name)) || isRouteCallback(fn);
}

function isHandlerParameter(name: ts.BindingName): boolean {
  if (ts.isIdentifier(name)) return HANDLER_PARAMS.has(name.text.replace(/^_+/, ''));
  if (!ts.isObjectBindingPattern(name)) return false;
  return name.elements.some((element) => ['req', 'request', 'ctx'].includes(propertyName(element.propertyName ?? element.name) ?? ''));
}

function isRouteCallback(fn: ts.SignatureDeclaration): boolean {
  const call = fn.parent;
  if (!ts.isCallExpression(call) || !call.arguments.includes(fn as unknown as ts.Expression)) return false;
  const callee = unwrap(call.expression);
  if (!ts.isPropertyAccessExpression(callee) || !ROUTE_METHODS.has(callee.name.text)) return false;
  const object = unwrap(callee.expression);
  if (ts.isCallExpression(object)) return true; // router.route('/x').post(...)
  const name = dottedName(object);
  if (name === undefined) return false;
  const last = lastSegment(name);
  return ROUTER_OBJECTS.has(last) || /router$/i.test(last);
}

/**
 * Whether `node` reads who is asking: `req.session.id`, `req.user.id`, `ctx.state.user`,
 * `req.cookies.sid`, `req.get('x-user-id')`, a `userId`/`token` variable, or a local declared from one.
 */
export function isIdentityDerived(node: ts.Node, scope: ts.Node | undefined, depth = 0): boolean {
  let found = false;
  walk(node, (child) => {
    if (found) return false;
    if (ts.isIdentifier(child)) {
      found = hasWord(child.text, IDENTITY_WORDS) || (depth < 2 && isDeclaredFromIdentity(child.text, scope, depth));
    } else if (ts.isStringLiteral(child) && isRequestLookupArgument(child)) {
      found = hasWord(child.text, IDENTITY_WORDS);
    }
    return undefined;
  });
  return found;
}

/** `req.get('x-user-id')`, `req.headers['x-session']`, `ctx.cookies.get('sid')`. */
function isRequestLookupArgument(literal: ts.StringLiteral): boolean {
  const parent = literal.parent;
  const object = ts.isCallExpression(parent) ? parent.expression : ts.isElementAccessExpression(parent) ? parent.expression : undefined;
  const name = object && dottedName(object);
  const root = name?.split('.')[0];
  return root !== undefined && HANDLER_PARAMS.has(root);
}

/** `const { id } = req.user` or `const sid = req.cookies.sid` inside the handler. */
function isDeclaredFromIdentity(name: string, scope: ts.Node | undefined, depth: number): boolean {
  if (!scope) return false;
  let found = false;
  walk(scope, (node) => {
    if (found) return false;
    if (ts.isVariableDeclaration(node) && node.initializer && bindsName(node.name, name)) {
      found = isIdentityDerived(node.initializer, scope, depth + 1);
    }
    return undefined;
  });
  return found;
}

export function bindsName(binding: ts.BindingName, name: string): boolean {
  if (ts.isIdentifier(binding)) return binding.text === name;
  return binding.elements.some((element) => !ts.isOmittedExpression(element) && bindsName(element.name, name));
}
