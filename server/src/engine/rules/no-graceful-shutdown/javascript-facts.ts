// What a JS/TS file says about shutting down: SIGTERM/SIGINT handlers, shutdown helpers
// (http-terminator, stoppable, @godaddy/terminus, lightship, close-with-grace, NestJS
// `enableShutdownHooks()`), and whether the server it starts leaves the file for another to manage.
import ts from 'typescript';
import { dottedName, moduleBindings, stringValue, unwrap, walk } from '../../languages/ts-ast';

const SHUTDOWN_MODULES = [
  'http-terminator', 'stoppable', '@godaddy/terminus', 'lightship', 'close-with-grace', 'http-graceful-shutdown',
  'fastify-graceful-shutdown', '@fastify/under-pressure', 'graceful-shutdown', 'node-graceful-shutdown', '@moebius/http-graceful-shutdown',
  'death', 'signal-exit', 'async-exit-hook', 'exit-hook', 'node-cleanup',
];
const SIGNALS = new Set(['SIGTERM', 'SIGINT']);
const SUBSCRIBE = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener']);
/** Calls that hand shutdown to a library or framework. */
const SHUTDOWN_CALLS = new Set(['enableShutdownHooks', 'createTerminus', 'createHttpTerminator', 'gracefulShutdown', 'closeWithGrace', 'createLightship']);

export interface ShutdownFacts {
  handlesShutdown: boolean;
  /**
   * Signal handlers that only exit (`process.on('SIGTERM', () => process.exit(0))`, a log line first): Node's own
   * default, the open requests cut. They do not count as handling shutdown; the finding points at them.
   */
  exitOnly: ts.CallExpression[];
  /** Identifiers this file exports (`module.exports = server`, `export { server }`, `export const server`). */
  exported: Set<string>;
  declared: Set<string>;
}

export function shutdownFacts(source: ts.SourceFile): ShutdownFacts {
  const modules = [...moduleBindings(source).values()];
  let handlesShutdown = modules.some((module) => SHUTDOWN_MODULES.some((name) => module === name || module.startsWith(`${name}.`)));
  const exported = new Set<string>();
  const declared = new Set<string>();
  const exitOnly: ts.CallExpression[] = [];
  walk(source, (node) => {
    if (ts.isCallExpression(node) && isSignalSubscription(node) && exitsAtOnce(node.arguments[1])) exitOnly.push(node);
    else if (ts.isCallExpression(node) && (isSignalSubscription(node) || isShutdownCall(node))) handlesShutdown = true;
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
      declared.add(node.name.text);
      if (isExportedStatement(node.parent.parent)) exported.add(node.name.text);
    } else if ((ts.isFunctionDeclaration(node) || ts.isParameter(node) || ts.isClassDeclaration(node)) && node.name && ts.isIdentifier(node.name)) {
      declared.add(node.name.text);
    }
    collectExports(node, exported);
  });
  return { handlesShutdown, exitOnly, exported, declared };
}

/**
 * A handler written in place whose every statement is `process.exit(…)` or a log call (`console.*`, `logger.*`,
 * `log.*`): it stops nothing and drains nothing. A named handler (`process.on('SIGTERM', shutdown)`) is trusted.
 */
function exitsAtOnce(handler: ts.Expression | undefined): boolean {
  const fn = handler && unwrap(handler);
  if (!fn || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return false;
  const statements = ts.isBlock(fn.body) ? [...fn.body.statements] : [fn.body];
  const calls = statements.map((statement) => {
    const expression = ts.isExpressionStatement(statement) ? unwrap(statement.expression) : ts.isExpression(statement) ? unwrap(statement) : undefined;
    return expression && ts.isCallExpression(expression) ? dottedName(expression.expression) : undefined;
  });
  return calls.includes('process.exit') && calls.every((name) => name !== undefined && (name === 'process.exit' || /^(?:console|logger|log)\.\w+$/.test(name)));
}

/** `process.on('SIGTERM', ...)`, `process.once('SIGINT', ...)`, also through a list of signals. */
function isSignalSubscription(call: ts.CallExpression): boolean {
  const callee = unwrap(call.expression);
  if (!ts.isPropertyAccessExpression(callee) || !SUBSCRIBE.has(callee.name.text) || dottedName(callee.expression) !== 'process') return false;
  const first = call.arguments[0] && unwrap(call.arguments[0]);
  const signal = first && stringValue(first);
  // `for (const s of ['SIGTERM', 'SIGINT']) process.on(s, ...)`: a variable signal is taken as one.
  return signal === undefined ? !!first && ts.isIdentifier(first) : SIGNALS.has(signal);
}

function isShutdownCall(call: ts.CallExpression): boolean {
  const name = dottedName(call.expression);
  return name !== undefined && SHUTDOWN_CALLS.has(name.slice(name.lastIndexOf('.') + 1));
}

function isExportedStatement(statement: ts.Node | undefined): boolean {
  return !!statement && ts.isVariableStatement(statement) && !!statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
}

function collectExports(node: ts.Node, exported: Set<string>): void {
  if (ts.isExportSpecifier(node)) exported.add((node.propertyName ?? node.name).text);
  else if (ts.isExportAssignment(node) && ts.isIdentifier(unwrap(node.expression))) exported.add((unwrap(node.expression) as ts.Identifier).text);
  else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    const target = dottedName(node.left) ?? '';
    if (target === 'module.exports' || target.startsWith('module.exports.') || target.startsWith('exports.')) {
      walk(node.right, (child) => {
        if (ts.isIdentifier(child)) exported.add(child.text);
      });
    }
  }
}
