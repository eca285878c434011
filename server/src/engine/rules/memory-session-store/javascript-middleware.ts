// Session middleware that keeps sessions in the process: express-session / koa-generic-session
// without a `store`, @fastify/session without a `store`, and explicit memory or file stores.
import ts from 'typescript';
import { CALLS, NEW_EXPRESSIONS, VARIABLE_DECLARATIONS, envReadName, propertyName, spanOf, stringValue, unwrap, walk, walkKinds } from '../../languages/ts-ast';
import { bindsName } from './javascript-handlers';
import type { OffsetEdit, Report } from '../../types';
import { moduleOfExpression } from './javascript-modules';
import { type FileFacts, redisStoreFix } from './javascript-redis-fix';

/** Middleware factories whose default store is an in-process MemoryStore. */
const DEFAULT_MEMORY_MIDDLEWARE = new Set(['express-session', 'koa-generic-session']);
const FASTIFY_SESSION_PLUGINS = new Set(['@fastify/session', 'fastify-session']);

interface StoreKind {
  label: string;
  where: 'memory' | 'disk';
}

/** Store constructors, by resolved module; `()` marks the class a factory returns. */
const PROCESS_LOCAL_STORES: Readonly<Record<string, StoreKind>> = {
  'express-session.MemoryStore': { label: "express-session's MemoryStore", where: 'memory' },
  'koa-generic-session.MemoryStore': { label: "koa-generic-session's MemoryStore", where: 'memory' },
  '@fastify/session.MemoryStore': { label: "@fastify/session's MemoryStore", where: 'memory' },
  'fastify-session.MemoryStore': { label: "fastify-session's MemoryStore", where: 'memory' },
  'memorystore()': { label: 'memorystore', where: 'memory' },
  'session-memory-store()': { label: 'session-memory-store', where: 'memory' },
  'session-file-store()': { label: 'session-file-store', where: 'disk' },
  // A SQLite or LokiJS database file next to the process: the local disk all the same.
  'connect-sqlite3()': { label: 'connect-sqlite3 (a SQLite file)', where: 'disk' },
  'better-sqlite3-session-store()': { label: 'better-sqlite3-session-store (a SQLite file)', where: 'disk' },
  'connect-loki()': { label: 'connect-loki (a LokiJS file)', where: 'disk' },
  'hono-sessions.MemoryStore': { label: "hono-sessions' MemoryStore", where: 'memory' },
  'grammy.MemorySessionStorage': { label: "grammY's MemorySessionStorage", where: 'memory' },
  // A bot's sessions in a JSON file beside it (lowdb), or in its memory: in the process either way.
  'telegraf-session-local': { label: 'telegraf-session-local (a JSON file)', where: 'disk' },
};

const LOSS: Readonly<Record<StoreKind['where'], string>> = {
  memory: 'in process memory: they vanish on restart',
  disk: 'on the local disk: they are lost when the container is replaced',
};
const BACKING_STORE_ADVICE = 'use a backing store such as Redis';

export function checkSessionMiddleware(file: FileFacts, report: (report: Report) => void): void {
  const expressOptions = new Map<ts.ObjectLiteralExpression, ts.CallExpression>();
  walkKinds(file.source, CALLS, (node) => {
    if (!ts.isCallExpression(node)) return;
    const module = moduleOfExpression(node.expression, file.bindings);
    if (module !== undefined && DEFAULT_MEMORY_MIDDLEWARE.has(module)) {
      const options = sessionOptions(node.arguments[0], file.source);
      if (module === 'express-session' && options && options !== 'opaque') expressOptions.set(options, node);
      if (options !== 'opaque' && !hasStore(options) && !inEnvironmentBranch(node)) {
        reportDefaultStore(file, module, node, options, report);
      }
    } else if (isFastifySessionRegistration(node, file)) {
      const options = sessionOptions(node.arguments[1], file.source);
      if (options !== 'opaque' && !hasStore(options) && !inEnvironmentBranch(node)) {
        report({ span: spanOf(node.arguments[1] ?? node, file.source), message: defaultStoreMessage('@fastify/session') });
      }
    }
  });
  walkKinds(file.source, NEW_EXPRESSIONS, (node) => {
    if (ts.isNewExpression(node)) checkStoreConstruction(file, node, expressOptions, report);
  });
}

function reportDefaultStore(
  file: FileFacts,
  module: string,
  call: ts.CallExpression,
  options: ts.ObjectLiteralExpression | undefined,
  report: (report: Report) => void,
): void {
  const span = spanOf(call, file.source);
  const message = defaultStoreMessage(module);
  if (module !== 'express-session') return report({ span, message });
  const at = options ? options.getStart(file.source) : call.arguments.pos;
  const fix = redisStoreFix(file, at, (store) => addStoreProperty(file.source, call, options, store));
  report({ span, message, fix });
}

function checkStoreConstruction(
  file: FileFacts,
  node: ts.NewExpression,
  expressOptions: ReadonlyMap<ts.ObjectLiteralExpression, ts.CallExpression>,
  report: (report: Report) => void,
): void {
  const module = moduleOfExpression(node.expression, file.bindings);
  const kind = module === undefined ? undefined : PROCESS_LOCAL_STORES[module];
  if (!kind || inEnvironmentBranch(node)) return;
  const span = spanOf(node, file.source);
  const message =
    `Factor VI: ${kind.label} keeps sessions ${LOSS[kind.where]} and are not shared between processes; ` +
    `${BACKING_STORE_ADVICE}.`;
  const owner = storePropertyOwner(node);
  if (!owner || !expressOptions.has(owner)) return report({ span, message });
  const fix = redisStoreFix(file, span.start, (store) => ({ span, text: store }));
  report({ span, message, fix });
}

function defaultStoreMessage(module: string): string {
  return (
    `Factor VI: ${module} uses its default MemoryStore (no \`store\`): sessions vanish on restart ` +
    `and are not shared between processes; ${BACKING_STORE_ADVICE}.`
  );
}

/**
 * The options object a session call receives: the literal itself, or the one a variable in this
 * file was initialized with. 'opaque' when it cannot be known (spreads, computed options,
 * variables whose `store` is set later); undefined when there is no argument.
 */
function sessionOptions(argument: ts.Expression | undefined, source: ts.SourceFile): ts.ObjectLiteralExpression | 'opaque' | undefined {
  if (!argument) return undefined;
  const value = unwrap(argument);
  if (ts.isObjectLiteralExpression(value)) return hasSpread(value) && !hasStore(value) ? 'opaque' : value;
  if (!ts.isIdentifier(value) || isParameterName(value)) return 'opaque';
  const literal = soleObjectLiteralVariable(source, value.text);
  if (!literal || (hasSpread(literal) && !hasStore(literal)) || isAssignedLater(source, value.text)) return 'opaque';
  return literal;
}

/** `function setup(options) { app.use(session(options)) }`: the options come from the caller. */
function isParameterName(reference: ts.Identifier): boolean {
  for (let parent = reference.parent; parent; parent = parent.parent) {
    if (ts.isFunctionLike(parent) && parent.parameters.some((parameter) => bindsName(parameter.name, reference.text))) return true;
  }
  return false;
}

function hasStore(options: ts.ObjectLiteralExpression | undefined): boolean {
  return !!options?.properties.some((property) => propertyName(property.name) === 'store');
}

function hasSpread(options: ts.ObjectLiteralExpression): boolean {
  return options.properties.some(ts.isSpreadAssignment);
}

/** The literal of the only `name = { ... }` declaration in the file; undefined if ambiguous. */
function soleObjectLiteralVariable(source: ts.SourceFile, name: string): ts.ObjectLiteralExpression | undefined {
  const found: ts.VariableDeclaration[] = [];
  walkKinds(source, VARIABLE_DECLARATIONS, (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name) found.push(node);
  });
  const init = found.length === 1 && found[0]?.initializer ? unwrap(found[0].initializer) : undefined;
  return init && ts.isObjectLiteralExpression(init) ? init : undefined;
}

/** `options.store = ...`, `options[key] = ...`, `options = ...`, `Object.assign(options, ...)`: the store may come later. */
function isAssignedLater(source: ts.SourceFile, name: string): boolean {
  let assigned = false;
  walk(source, (node) => {
    if (assigned) return false;
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      assigned = mayAssignStore(unwrap(node.left), name);
    } else if (ts.isCallExpression(node) && node.expression.getText(source) === 'Object.assign') {
      const first = node.arguments[0] && unwrap(node.arguments[0]);
      assigned = !!first && ts.isIdentifier(first) && first.text === name;
    }
    return undefined;
  });
  return assigned;
}

function mayAssignStore(target: ts.Expression, name: string): boolean {
  if (ts.isIdentifier(target)) return target.text === name;
  if (ts.isPropertyAccessExpression(target)) return isNamed(target.expression, name) && target.name.text === 'store';
  if (!ts.isElementAccessExpression(target) || !isNamed(target.expression, name)) return false;
  const key = stringValue(target.argumentExpression);
  return key === undefined || key === 'store';
}

function isNamed(node: ts.Expression, name: string): boolean {
  const target = unwrap(node);
  return ts.isIdentifier(target) && target.text === name;
}

/** `x.register(fastifySession, opts)` / `x.register(require('@fastify/session'), opts)`. */
function isFastifySessionRegistration(call: ts.CallExpression, file: FileFacts): boolean {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'register') return false;
  const plugin = call.arguments[0];
  const module = plugin && moduleOfExpression(plugin, file.bindings);
  return module !== undefined && FASTIFY_SESSION_PLUGINS.has(module);
}

/** The options literal when `node` is the value of its `store:` property. */
function storePropertyOwner(node: ts.Expression): ts.ObjectLiteralExpression | undefined {
  let child: ts.Node = node;
  while (ts.isParenthesizedExpression(child.parent) || ts.isAsExpression(child.parent)) child = child.parent;
  const property = child.parent;
  if (!ts.isPropertyAssignment(property) || property.initializer !== child || propertyName(property.name) !== 'store') return undefined;
  return ts.isObjectLiteralExpression(property.parent) ? property.parent : undefined;
}

/**
 * Silent on a memory store picked as one branch of a condition (`isProd ? redisStore : new
 * MemoryStore()`, `if (!process.env.REDIS_URL) ...`): the code already chooses a backing store
 * for deployments, and the memory store is the local-development fallback.
 */
export function inEnvironmentBranch(node: ts.Node): boolean {
  for (let child = node, parent = node.parent; parent && !ts.isSourceFile(parent); child = parent, parent = parent.parent) {
    if (ts.isConditionalExpression(parent) && child !== parent.condition) return true;
    if (ts.isBinaryExpression(parent) && child === parent.right && isFallbackOperator(parent.operatorToken.kind)) return true;
    if (ts.isIfStatement(parent) && child !== parent.expression && mentionsEnvironment(parent.expression)) return true;
  }
  return false;
}

function isFallbackOperator(kind: ts.SyntaxKind): boolean {
  return kind === ts.SyntaxKind.BarBarToken || kind === ts.SyntaxKind.QuestionQuestionToken;
}

/** `process.env.X`, `isProd`, `app.get('env') === 'production'`, `!redisUrl`. */
function mentionsEnvironment(condition: ts.Expression): boolean {
  let found = false;
  walk(condition, (node) => {
    if (found) return false;
    const word = ts.isIdentifier(node) || ts.isStringLiteral(node) ? node.text : '';
    found = envReadName(node) !== undefined || /prod|dev|test|redis|env/i.test(word);
    return undefined;
  });
  return found;
}

/** Puts `store: ...` first in the options (no trailing-comma questions), or creates the options. */
function addStoreProperty(
  source: ts.SourceFile,
  call: ts.CallExpression,
  options: ts.ObjectLiteralExpression | undefined,
  store: string,
): OffsetEdit {
  if (!options) return { span: { start: call.arguments.pos, end: call.arguments.pos }, text: `{ store: ${store} }` };
  const first = options.properties[0];
  if (!first) return { span: spanOf(options, source), text: `{ store: ${store} }` };
  const start = first.getStart(source);
  const indent = source.text.slice(source.text.lastIndexOf('\n', start - 1) + 1, start);
  const text = /^[ \t]*$/.test(indent) ? `store: ${store},\n${indent}` : `store: ${store}, `;
  return { span: { start, end: start }, text };
}
