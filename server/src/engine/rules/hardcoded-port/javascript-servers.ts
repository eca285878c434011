// Where a JS/TS server says which port it binds: `.listen(3000)`, fastify's `.listen({ port })`,
// hono's `serve({ port })`, `Bun.serve`/`Deno.serve`, hapi's `server({ port })`, ws's
// `new WebSocketServer({ port })` and express's `app.set('port', 3000)`.
import ts from 'typescript';
import { dottedName, lastSegment, objectProperty, resolvedName, stringValue, unwrap } from '../../languages/ts-ast';
import { literalPort } from './javascript-literals';

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
  // A method's own name, whatever its receiver: `new Elysia().use(cors()).listen(3000)` and `new Koa().listen(4000)`
  // start a builder chain at a `new`, which has no dotted name.
  const callee = unwrap(call.expression);
  const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : dottedName(callee);
  if (name === undefined) return false;
  const last = lastSegment(name);
  return last === 'listen' || last === 'set' || last === 'serve' || last === 'server' || last === 'Server' || last === 'WebSocketServer' || last === 'bindAsync' || last === 'bind';
}

/** A listen address as a gRPC server takes it: `0.0.0.0:50051`, `[::]:50051`, `localhost:50051`. */
const GRPC_ADDRESS = /^(?:[A-Za-z0-9.-]*|\[[0-9A-Fa-f:]*\]):([0-9]{1,5})$/;

/**
 * The port a gRPC server binds: `server.bindAsync(`0.0.0.0:${PORT}`, grpc.ServerCredentials.createInsecure(), cb)`
 * (@grpc/grpc-js) or the legacy `server.bind('[::]:50051', credentials)`. The credentials argument is what tells it
 * from `Function.prototype.bind`; the address is a literal, or a literal prefix with a port the file fixes.
 */
export function grpcBindPort(call: ts.CallExpression, declarations: ReadonlyMap<string, ts.VariableDeclaration>): { expression: ts.Expression; port: number } | undefined {
  const callee = unwrap(call.expression);
  const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  const [address, credentials] = call.arguments;
  if ((method !== 'bindAsync' && method !== 'bind') || !address || !credentials?.getText().includes('ServerCredentials')) return undefined;
  const value = unwrap(address);
  if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) {
    const port = Number(GRPC_ADDRESS.exec(value.text)?.[1]);
    return port >= 1 && port <= 65535 ? { expression: value, port } : undefined;
  }
  const portPart = addressPort(value);
  const literal = portPart && literalPort(portPart, declarations);
  return literal && portPart ? { expression: portPart, port: literal.port } : undefined;
}

/** `'0.0.0.0:' + PORT` or `` `[::]:${PORT}` ``: the expression after the address's `:`. */
function addressPort(value: ts.Expression): ts.Expression | undefined {
  if (ts.isBinaryExpression(value) && value.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = unwrap(value.left);
    return ts.isStringLiteralLike(left) && left.text.endsWith(':') ? value.right : undefined;
  }
  if (!ts.isTemplateExpression(value)) return undefined;
  const spans = value.templateSpans;
  const last = spans[spans.length - 1];
  const before = spans.length > 1 ? spans[spans.length - 2]!.literal.text : value.head.text;
  return last && last.literal.text === '' && before.endsWith(':') ? last.expression : undefined;
}
