// Factor IX for JS/TS: a file that starts an HTTP server and never handles SIGTERM. Node's
// default on SIGTERM is to die at once, dropping in-flight requests; as PID 1 in a container it
// ignores the signal and is killed ten seconds later.
import ts from 'typescript';
import { dottedName, envReadName, moduleBindings, resolvedName, spanOf, unwrap, walk } from '../../languages/ts-ast';
import { argumentText, hasIdentifier, mayCallMethodWithArgument } from '../../prefilter';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { ReplaceFix, Span } from '../../types';
import { isNonServerPath } from '../process-paths';
import { shutdownFacts, type ShutdownFacts } from './javascript-facts';

/** Receivers whose `.listen()` returns a node http.Server with `close(callback)`. */
const HTTP_SERVER_FACTORIES = new Set(['express', 'koa', 'http.createServer', 'https.createServer', 'http2.createServer']);

export const javascriptCheck: LanguageCheck = {
  languages: ['javascript', 'typescript'],
  keywords: ['listen', 'serve('],
  // A start is a `.listen(...)` call with an argument, or `serve(...)` imported from @hono/node-server.
  mayReport: ({ text, lowered }) => mayCallMethodWithArgument(text, 'listen', mayBindPort) || (hasIdentifier(text, ['serve']) && lowered.includes('@hono/node-server')),
  check,
};

/**
 * Whether a `.listen` argument may be one bindsPort accepts: each of its shapes holds a digit or
 * says `port` (`3000`, `config.port`, `Number(process.env.PORT)`, `{ port }`). `.listen(callback)`,
 * `.listen(t, u)` in a bundle and `.listen(pipeName)` hold neither.
 */
function mayBindPort(text: string, start: number): boolean {
  const argument = argumentText(text, start);
  return argument === 'unsure' || /\d|port/i.test(argument);
}

export const MESSAGE =
  "Factor IX: the server starts with no SIGTERM handling: on every deploy or scale-down the platform's SIGTERM drops in-flight requests (or, as PID 1, is ignored until SIGKILL); on SIGTERM, stop accepting connections, finish the open ones and exit.";

const EXIT_MESSAGE =
  "Factor IX: the server's SIGTERM handler exits at once (process.exit) without closing the server: on every deploy or scale-down the open requests are cut; on SIGTERM, call server.close() and exit when the open requests are done.";

function check(context: RuleContext): void {
  if (isNonServerPath(context.path)) return;
  const source = context.parsed.typescript;
  const starts = serverStarts(source);
  if (starts.length === 0) return;
  const facts = shutdownFacts(source);
  if (facts.handlesShutdown) return;
  const bindings = moduleBindings(source);
  const reported = starts.filter((start) => !leavesFile(start, facts));
  for (const start of reported) {
    // `if (process.env.IP) app.listen(port, ip) else app.listen(port)` (NodeGoat): one server, started in either branch.
    const alternatives = reported.filter((other) => other !== start && inOtherBranch(start, other));
    if (alternatives.some((other) => other.pos < start.pos)) continue;
    // A second handler beside one that exits first would never run, and one handler cannot follow both branches: no fix then.
    const fix = facts.exitOnly.length === 0 && alternatives.length === 0 ? handlerFix(start, facts, bindings, context) : undefined;
    const related = [
      ...facts.exitOnly.map((handler) => ({ span: spanOf(handler.expression), message: 'Factor IX: this handler exits at once, cutting the open requests' })),
      ...alternatives.map((other) => ({ span: startSpan(other, source), message: 'Factor IX: the same server, started in the other branch' })),
    ];
    context.report({ span: startSpan(start, source), message: facts.exitOnly.length > 0 ? EXIT_MESSAGE : MESSAGE, ...(fix ? { fix } : {}), ...(related.length > 0 ? { related } : {}) });
  }
}

/** `a` and `b` sit in the two branches of one `if`/`else`: only one of them runs. */
function inOtherBranch(a: ts.Node, b: ts.Node): boolean {
  const within = (node: ts.Node, outer: ts.Node | undefined) => outer !== undefined && node.pos >= outer.pos && node.end <= outer.end;
  for (let at: ts.Node | undefined = a.parent; at; at = at.parent) {
    if (!ts.isIfStatement(at)) continue;
    const { thenStatement, elseStatement } = at;
    if ((within(a, thenStatement) && within(b, elseStatement)) || (within(a, elseStatement) && within(b, thenStatement))) return true;
  }
  return false;
}

/**
 * Where the start is: `app.listen`, or in a chain (`polka().use(json()).listen(3000)`) the `listen`
 * that starts the server rather than the line the chain begins on.
 */
function startSpan(start: ts.CallExpression, source: ts.SourceFile): Span {
  const callee = unwrap(start.expression);
  if (ts.isPropertyAccessExpression(callee) && ts.isCallExpression(unwrap(callee.expression))) return spanOf(callee.name, source);
  return spanOf(start.expression);
}

/** `.listen(...)` calls and hono's `serve(...)`. */
export function serverStarts(source: ts.SourceFile): ts.CallExpression[] {
  const starts: ts.CallExpression[] = [];
  walk(source, (node) => {
    if (!ts.isCallExpression(node)) return;
    const callee = unwrap(node.expression);
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'listen' && bindsPort(node.arguments[0])) starts.push(node);
    else if (ts.isIdentifier(callee) && callee.text === 'serve' && importsHonoServe(source)) starts.push(node);
  });
  return starts;
}

/**
 * Whether a `.listen` argument is a port: a number, a PORT read, a name or key that says port
 * (`config.port`, `PORT`), `{ port }`. Keeps `connection.listen()` and `documents.listen(connection)`
 * (a language server's JSON-RPC, not a network server) and event-emitter look-alikes out.
 */
function bindsPort(argument: ts.Expression | undefined): boolean {
  if (!argument) return false;
  const node = unwrap(argument);
  if (ts.isNumericLiteral(node)) return true;
  if (ts.isStringLiteral(node)) return /^[0-9]{1,5}$/.test(node.text);
  if (ts.isObjectLiteralExpression(node)) return node.properties.some((property) => property.name !== undefined && /^port$/i.test(property.name.getText()));
  if (ts.isBinaryExpression(node)) return bindsPort(node.left) || bindsPort(node.right);
  if (ts.isCallExpression(node)) return ['Number', 'parseInt', 'Number.parseInt', 'normalizePort'].includes(dottedName(node.expression) ?? '') ? bindsPort(node.arguments[0]) : readsPortSetting(node);
  const name = envReadName(node) ?? dottedName(node);
  return name !== undefined && /port$/i.test(name);
}

/** express-generator's `app.set('port', …)` then `app.listen(app.get('port'))`, node-config's `config.get('server.port')`. */
function readsPortSetting(call: ts.CallExpression): boolean {
  const callee = unwrap(call.expression);
  const [key] = call.arguments;
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 'get' && call.arguments.length === 1 && key !== undefined && ts.isStringLiteral(key) && /port$/i.test(key.text);
}

function importsHonoServe(source: ts.SourceFile): boolean {
  return moduleBindings(source).get('serve') === '@hono/node-server.serve';
}

/**
 * The server is exported, or started in an exported function, a method of an exported class
 * (zigbee2mqtt's `class Frontend { async start() { this.server.listen(port) } }`), or a function of
 * a module that exports and never calls it at its top level (a helper its exported `onboard()` calls):
 * whoever imports it may manage shutdown.
 */
export function leavesFile(call: ts.CallExpression, facts: ShutdownFacts): boolean {
  for (let node: ts.Node = call, parent = call.parent; parent; node = parent, parent = parent.parent) {
    if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) && facts.exported.has(parent.name.text)) return true;
    if (ts.isExportAssignment(parent)) return true;
    if (ts.isBinaryExpression(parent) && parent.right === node && /^(module\.)?exports\b/.test(dottedName(parent.left) ?? '')) return true;
    if (ts.isFunctionDeclaration(parent) || ts.isFunctionExpression(parent) || ts.isArrowFunction(parent) || ts.isMethodDeclaration(parent) || ts.isConstructorDeclaration(parent)) {
      if (isExportedFunction(parent, facts) || isMethodOfExportedClass(parent, facts) || isModuleHelper(parent, facts)) return true;
    }
  }
  return false;
}

function isMethodOfExportedClass(fn: ts.FunctionLikeDeclaration, facts: ShutdownFacts): boolean {
  const owner = fn.parent;
  if (!(ts.isMethodDeclaration(fn) || ts.isConstructorDeclaration(fn)) || !(ts.isClassDeclaration(owner) || ts.isClassExpression(owner))) return false;
  const exported = owner.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword) === true;
  return exported || (owner.name !== undefined && facts.exported.has(owner.name.text));
}

/** A module-level function declaration of a file that exports something, never called at the file's top level. */
function isModuleHelper(fn: ts.FunctionLikeDeclaration, facts: ShutdownFacts): boolean {
  if (!ts.isFunctionDeclaration(fn) || !fn.name || !ts.isSourceFile(fn.parent) || facts.exported.size === 0) return false;
  return !calledAtTopLevel(fn.name.text, fn.parent);
}

/** Exported, and not also called at this file's top level (`export async function start() {...}\nstart();` is the entry itself). */
function isExportedFunction(fn: ts.FunctionLikeDeclaration, facts: ShutdownFacts): boolean {
  const name = ts.isFunctionDeclaration(fn) ? fn.name?.text : ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name) ? fn.parent.name.text : undefined;
  const exported = fn.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword) || (name !== undefined && facts.exported.has(name));
  return exported === true && (name === undefined || !calledAtTopLevel(name, fn.getSourceFile()));
}

/**
 * `start()`, `void start()`, `start().catch(...)`, `await start()` as a module-level statement, also
 * inside a module-level `if` or `try` (`if (require.main === module) start();`).
 */
function calledAtTopLevel(name: string, source: ts.SourceFile): boolean {
  const calls = (node: ts.Node): boolean => {
    if (ts.isFunctionLike(node) && !ts.isArrowFunction(node)) return false;
    if (ts.isCallExpression(node) && ts.isIdentifier(unwrap(node.expression)) && (unwrap(node.expression) as ts.Identifier).text === name) return true;
    return ts.forEachChild(node, (child) => (ts.isArrowFunction(child) || ts.isFunctionExpression(child) ? undefined : calls(child) || undefined)) === true;
  };
  const runs = (statement: ts.Statement): boolean => {
    if (ts.isExpressionStatement(statement)) return calls(statement.expression);
    if (ts.isIfStatement(statement)) return runs(statement.thenStatement) || (statement.elseStatement !== undefined && runs(statement.elseStatement));
    if (ts.isBlock(statement)) return statement.statements.some(runs);
    if (ts.isTryStatement(statement)) return runs(statement.tryBlock);
    return false;
  };
  return source.statements.some(runs);
}

/**
 * Where it is certainly safe: a module-level `app.listen(...)` statement (or `const server = ...`)
 * on an express/koa app or an http server from this file. Adds `const server =` if needed and a
 * SIGTERM handler that closes the server and exits once the open requests are done.
 */
function handlerFix(call: ts.CallExpression, facts: ShutdownFacts, bindings: ReadonlyMap<string, string>, context: RuleContext): ReplaceFix | undefined {
  const callee = unwrap(call.expression);
  if (!ts.isPropertyAccessExpression(callee) || !isHttpServer(unwrap(callee.expression), bindings, context.parsed.typescript)) return undefined;
  const statement = call.parent;
  const handler = (name: string) => `\n\nprocess.on('SIGTERM', () => {\n  ${name}.close(() => process.exit(0));\n});`;
  if (ts.isExpressionStatement(statement) && ts.isSourceFile(statement.parent) && !facts.declared.has('server')) {
    return {
      kind: 'replace',
      title: 'Close the server on SIGTERM',
      edits: [
        { span: { start: statement.getStart(), end: statement.getStart() }, text: 'const server = ' },
        { span: { start: statement.end, end: statement.end }, text: handler('server') },
      ],
    };
  }
  const declaration = call.parent;
  const list = ts.isVariableDeclaration(declaration) ? declaration.parent : undefined;
  const variableStatement = list?.parent;
  if (!ts.isVariableDeclaration(declaration) || !ts.isIdentifier(declaration.name) || !variableStatement || !ts.isVariableStatement(variableStatement) || !ts.isSourceFile(variableStatement.parent)) return undefined;
  return { kind: 'replace', title: 'Close the server on SIGTERM', edits: [{ span: { start: variableStatement.end, end: variableStatement.end }, text: handler(declaration.name.text) }] };
}

/** `app` from `express()` / `new Koa()`, or `http.createServer(...)`, directly or through a variable. */
function isHttpServer(receiver: ts.Expression, bindings: ReadonlyMap<string, string>, source: ts.SourceFile): boolean {
  let node = receiver;
  if (ts.isIdentifier(node)) {
    const init = variableInitializer(source, node.text);
    if (!init) return false;
    node = unwrap(init);
  }
  if (!ts.isCallExpression(node) && !ts.isNewExpression(node)) return false;
  const name = resolvedName(unwrap(node.expression), bindings)?.replace(/^node:/, '');
  return name !== undefined && HTTP_SERVER_FACTORIES.has(name);
}

function variableInitializer(source: ts.SourceFile, name: string): ts.Expression | undefined {
  let found: ts.Expression | undefined;
  let count = 0;
  walk(source, (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name) {
      count++;
      found = node.initializer;
    }
  });
  return count === 1 ? found : undefined;
}
