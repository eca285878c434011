// Where a JS/TS server says which port it binds: `.listen(3000)`, fastify's `.listen({ port })`,
// hono's `serve({ port })`, `Bun.serve`/`Deno.serve`, hapi's `server({ port })`, ws's
// `new WebSocketServer({ port })` and express's `app.set('port', 3000)`.
import ts from 'typescript';
import { dottedName, lastSegment, objectProperty, resolvedName, stringValue, unwrap } from '../../languages/ts-ast';

/** The expression naming the port, and whether it is a positional `.listen` argument. */
export interface PortArgument {
  expression: ts.Expression;
  positional: boolean;
}

/** Callees whose first argument is an options object with `port`, by resolved name. */
const OPTION_SERVERS = new Set([
  '@hono/node-server.serve', 'Bun.serve', 'Deno.serve', '@hapi/hapi.server', '@hapi/hapi.Server', 'hapi.server', 'hapi.Server',
  'ws.Server', 'ws.WebSocketServer', 'ws.WebSocket.Server',
]);

/** The port a server call binds, when the call is one. */
export function serverPort(
  call: ts.CallExpression | ts.NewExpression,
  bindings: ReadonlyMap<string, string>,
  declarations: ReadonlyMap<string, ts.VariableDeclaration>,
): PortArgument | undefined {
  const args = call.arguments ?? ts.factory.createNodeArray();
  const first = args[0] && unwrap(args[0]);
  if (!first) return undefined;
  const callee = unwrap(call.expression);
  if (ts.isCallExpression(call) && ts.isPropertyAccessExpression(callee)) {
    const method = callee.name.text;
    if (method === 'listen') return ts.isObjectLiteralExpression(first) ? optionPort(first) : { expression: first, positional: true };
    if (method === 'set' && stringValue(first) === 'port' && args[1] && isExpressApp(callee.expression, bindings, declarations)) {
      return { expression: args[1], positional: false };
    }
  }
  const name = resolvedName(callee, bindings)?.replace(/^node:/, '');
  if (name === undefined || !OPTION_SERVERS.has(name) || !ts.isObjectLiteralExpression(first)) return undefined;
  return optionPort(first);
}

/** `app` from `const app = express()`: a Map or a cache client also has `.set('port', ...)`. */
function isExpressApp(receiver: ts.Expression, bindings: ReadonlyMap<string, string>, declarations: ReadonlyMap<string, ts.VariableDeclaration>): boolean {
  const target = unwrap(receiver);
  const init = ts.isIdentifier(target) ? declarations.get(target.text)?.initializer : undefined;
  return !!init && ts.isCallExpression(unwrap(init)) && resolvedName((unwrap(init) as ts.CallExpression).expression, bindings) === 'express';
}

function optionPort(options: ts.ObjectLiteralExpression): PortArgument | undefined {
  const port = objectProperty(options, 'port');
  return port ? { expression: port, positional: false } : undefined;
}

/** Whether the callee's name could be a server call at all: the prefilter before resolving names. */
export function mayBindPort(call: ts.CallExpression | ts.NewExpression): boolean {
  const name = dottedName(call.expression);
  if (name === undefined) return false;
  const last = lastSegment(name);
  return last === 'listen' || last === 'set' || last === 'serve' || last === 'server' || last === 'Server' || last === 'WebSocketServer';
}
