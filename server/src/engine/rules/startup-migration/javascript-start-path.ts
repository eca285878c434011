// Whether code runs on the app's start path, decided from this file alone: at module load, in a
// function that also starts the server, in a function this file calls at load, in a promise chain
// or `listen` callback hanging off those, or in a NestJS start-up hook (or an exported schema's:
// Moleculer's `started()`, Strapi's `bootstrap()`; a Nitro server plugin; Next.js' instrumentation
// `register()`). Branches that only run
// outside production (NODE_ENV guards, opt-in migration flags) are off the start path.
import ts from 'typescript';
import { envReadName, lastSegment, resolvedName, stringValue, unwrap, walk } from '../../languages/ts-ast';
import { exportedValues } from './javascript-exports';
import type { FileFacts, FunctionNode } from './javascript-facts';

const LIFECYCLE_HOOKS = new Set(['onModuleInit', 'onApplicationBootstrap']);
const CONTINUATIONS = new Set(['then', 'finally', 'listen']);
const SERVE_FUNCTIONS = new Set(['@hono/node-server.serve', 'Bun.serve', 'Deno.serve']);
const TEST_HOOKS = new Set(['beforeAll', 'beforeEach', 'before', 'setup', 'suiteSetup', 'describe', 'it', 'test']);
const PRODUCTION_VALUES = new Set(['production', 'prod']);
/** Env flags that opt in to migrating (`RUN_MIGRATIONS`, `DB_SYNC`): assumed unset in production. */
const OPT_IN_FLAG = /MIGRAT|SYNC|SCHEMA/i;

export function isOnStartPath(node: ts.Node, facts: FileFacts): boolean {
  return reachesStart(node, facts, new Set());
}

function reachesStart(node: ts.Node, facts: FileFacts, seen: Set<ts.Node>): boolean {
  let current = node;
  for (;;) {
    if (isGatedOff(current, facts, false)) return false;
    const fn = enclosingFunction(current);
    if (!fn) return !insideClass(current);
    if (seen.has(fn)) return false;
    seen.add(fn);
    if (isLifecycleHook(fn) || isFrameworkStartHook(fn, facts) || isServingLambdaHandler(fn) || startsServer(fn, facts)) return true;
    const invocation = invocationOf(fn);
    if (!invocation) return callSites(fn, facts).some((site) => reachesStart(site, facts, seen));
    current = invocation;
  }
}

/**
 * Whether a branch around `node` never runs in production: `if (NODE_ENV === 'test')`,
 * `isProd ? a : node`, `process.env.RUN_MIGRATIONS === 'true' && node`, a `require.main` guard
 * that starts no server, or a test hook's callback. Stops at the enclosing function unless `all`.
 */
export function isGatedOff(node: ts.Node, facts: FileFacts, all: boolean): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (!all && ts.isFunctionLike(parent)) return false;
    if (ts.isIfStatement(parent) && child !== parent.expression) {
      if (branchSkipsProduction(parent.expression, child === parent.thenStatement, facts)) return true;
      if (isRequireMainGuard(parent.expression) && !containsServerStart(child, facts)) return true;
    } else if (ts.isConditionalExpression(parent) && child !== parent.condition) {
      if (branchSkipsProduction(parent.condition, child === parent.whenTrue, facts)) return true;
    } else if (ts.isBinaryExpression(parent) && child === parent.right) {
      const operator = parent.operatorToken.kind;
      if (operator === ts.SyntaxKind.AmpersandAmpersandToken && branchSkipsProduction(parent.left, true, facts)) return true;
      if (operator === ts.SyntaxKind.BarBarToken && branchSkipsProduction(parent.left, false, facts)) return true;
    } else if (ts.isCallExpression(parent) && isTestHook(parent) && child !== parent.expression) return true;
  }
  return false;
}

function branchSkipsProduction(condition: ts.Expression, whenTrue: boolean, facts: FileFacts): boolean {
  const value = trueInProduction(condition, facts, 0);
  return value !== undefined && value !== whenTrue;
}

/** The condition's value in production, when the environment decides it; undefined otherwise. */
function trueInProduction(node: ts.Expression, facts: FileFacts, depth: number): boolean | undefined {
  const condition = unwrap(node);
  if (ts.isIdentifier(condition)) {
    const init = facts.initializers.get(condition.text);
    return init && depth < 3 ? trueInProduction(init, facts, depth + 1) : undefined;
  }
  if (ts.isPrefixUnaryExpression(condition) && condition.operator === ts.SyntaxKind.ExclamationToken) {
    const inner = trueInProduction(condition.operand, facts, depth);
    return inner === undefined ? undefined : !inner;
  }
  if (ts.isBinaryExpression(condition)) return binaryInProduction(condition, facts, depth);
  const flag = envReadName(condition);
  return flag !== undefined && OPT_IN_FLAG.test(flag) ? false : undefined;
}

function binaryInProduction(condition: ts.BinaryExpression, facts: FileFacts, depth: number): boolean | undefined {
  const operator = condition.operatorToken.kind;
  if (operator === ts.SyntaxKind.AmpersandAmpersandToken || operator === ts.SyntaxKind.BarBarToken) {
    const left = trueInProduction(condition.left, facts, depth);
    const right = trueInProduction(condition.right, facts, depth);
    const and = operator === ts.SyntaxKind.AmpersandAmpersandToken;
    if (left === !and || right === !and) return !and;
    return left === and && right === and ? and : undefined;
  }
  const equality = operator === ts.SyntaxKind.EqualsEqualsEqualsToken || operator === ts.SyntaxKind.EqualsEqualsToken;
  const inequality = operator === ts.SyntaxKind.ExclamationEqualsEqualsToken || operator === ts.SyntaxKind.ExclamationEqualsToken;
  if (!equality && !inequality) return undefined;
  const name = envReadName(condition.left) ?? envReadName(condition.right);
  const value = stringValue(unwrap(condition.right)) ?? stringValue(unwrap(condition.left));
  if (name === undefined || value === undefined) return undefined;
  let equal: boolean;
  if (name === 'NODE_ENV') equal = PRODUCTION_VALUES.has(value.toLowerCase());
  else if (OPT_IN_FLAG.test(name)) equal = false;
  else return undefined;
  return equality ? equal : !equal;
}

function isRequireMainGuard(condition: ts.Expression): boolean {
  const node = unwrap(condition);
  if (!ts.isBinaryExpression(node)) return false;
  const sides = [node.left.getText(), node.right.getText()].sort().join(' ');
  return sides === 'module require.main';
}

function isTestHook(call: ts.CallExpression): boolean {
  const callee = unwrap(call.expression);
  return ts.isIdentifier(callee) && TEST_HOOKS.has(callee.text);
}

function enclosingFunction(node: ts.Node): FunctionNode | undefined {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (
      ts.isFunctionDeclaration(parent) ||
      ts.isFunctionExpression(parent) ||
      ts.isArrowFunction(parent) ||
      ts.isMethodDeclaration(parent)
    )
      return parent;
    if (ts.isFunctionLike(parent) || ts.isClassStaticBlockDeclaration(parent)) return undefined;
  }
  return undefined;
}

/** Class bodies (property initialisers, getters, constructors) are not module load. */
function insideClass(node: ts.Node): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) if (ts.isClassLike(parent) || ts.isFunctionLike(parent)) return true;
  return false;
}

function isLifecycleHook(fn: FunctionNode): boolean {
  if (!ts.isMethodDeclaration(fn) || !ts.isIdentifier(fn.name)) return false;
  return LIFECYCLE_HOOKS.has(fn.name.text) || isExportedSchemaHook(fn as ts.MethodDeclaration & { name: ts.Identifier });
}

/**
 * Functions a framework calls once as the server process starts: the plugin of
 * `export default defineNitroPlugin(async (nitroApp) => {…})` (Nuxt's and Nitro's server/plugins), and
 * `export async function register()` in Next.js' `instrumentation.ts` (at the root or in src/).
 */
function isFrameworkStartHook(fn: FunctionNode, facts: FileFacts): boolean {
  if (ts.isFunctionDeclaration(fn)) {
    return fn.name?.text === 'register' && isExported(fn) && /(?:^|\/)(?:src\/)?instrumentation\.[cm]?[jt]s$/.test(facts.source.fileName);
  }
  const outer = outermost(fn);
  const call = outer.parent;
  if (!ts.isCallExpression(call) || call.arguments[0] !== outer || !ts.isIdentifier(call.expression) || call.expression.text !== 'defineNitroPlugin') return false;
  return ts.isExportAssignment(call.parent);
}

/**
 * A serverless function's exported `handler` that serves its event (`module.exports.handler = async (event) =>
 * {… event.pathParameters …}`): each cold start, each instance, runs what it awaits before serving. A handler that
 * ignores its event (`async () => db.migrate.latest()`) is a dedicated migration function, invoked once per deploy.
 */
function isServingLambdaHandler(fn: FunctionNode): boolean {
  if (!isExported(fn) || exportedName(fn) !== 'handler' || !fn.body) return false;
  const event = fn.parameters[0]?.name;
  if (!event || !ts.isIdentifier(event)) return false;
  let used = false;
  walk(fn.body, (child) => {
    if (used) return false;
    if (ts.isIdentifier(child) && child.text === event.text && child !== event) used = true;
    return undefined;
  });
  return used;
}

/** The name an exported function goes by: `function handler`, `export const handler = …`, `exports.handler = …`. */
function exportedName(fn: FunctionNode): string | undefined {
  const parent = outermost(fn).parent;
  return functionName(fn) ?? (ts.isBinaryExpression(parent) && ts.isPropertyAccessExpression(parent.left) ? parent.left.name.text : undefined);
}

/** Start hooks of an exported schema object: Moleculer's `started()`/`created()` (beside its `name`), Strapi's `bootstrap()`. */
const SCHEMA_HOOKS = new Set(['started', 'created', 'bootstrap']);

/**
 * `module.exports = { name: 'billing', async started() { await sequelize.sync() } }` (a Moleculer
 * service), `export default { bootstrap({ strapi }) {…} }` (Strapi's src/index): the framework calls
 * the hook every time the process starts.
 */
function isExportedSchemaHook(method: ts.MethodDeclaration & { name: ts.Identifier }): boolean {
  const object = method.parent;
  if (!ts.isObjectLiteralExpression(object) || !SCHEMA_HOOKS.has(method.name.text)) return false;
  const named = object.properties.some((property) => ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && property.name.text === 'name');
  if (method.name.text !== 'bootstrap' && !named) return false;
  const holder = object.parent;
  if (ts.isExportAssignment(holder)) return true;
  return ts.isBinaryExpression(holder) && holder.operatorToken.kind === ts.SyntaxKind.EqualsToken && /^(?:module\.)?exports$/.test(holder.left.getText());
}

function startsServer(fn: FunctionNode, facts: FileFacts): boolean {
  return fn.body !== undefined && (containsServerStart(fn.body, facts) || isExportedAppFactory(fn, facts));
}

/** The app constructors whose instance a server file listens on: `Fastify()`, `express()`, `new Koa()`. */
const APP_CONSTRUCTORS = /^(?:fastify|express|koa)(?:\.default)?$/;

/**
 * Fastify's and Express' app factory, exported for the server file (and the tests) to build the app
 * from: `module.exports = async function buildApp () { const app = Fastify(); ...; return app }`.
 * Every start runs it, so what it awaits before returning runs at every start.
 */
function isExportedAppFactory(fn: FunctionNode, facts: FileFacts): boolean {
  if (!isExported(fn)) return false;
  let found = false;
  walk(fn.body!, (child) => {
    if (found) return false;
    if (!ts.isCallExpression(child) && !ts.isNewExpression(child)) return;
    if (APP_CONSTRUCTORS.test(resolvedName(unwrap(child.expression), facts.bindings) ?? '')) found = true;
  });
  return found;
}

/**
 * `export (default) function`, `module.exports = function`, `exports.build = () => …`, `export const build = () => …`,
 * and a function of the module exported by its name (`module.exports = { createApp }`, `export { createApp }`).
 */
function isExported(fn: FunctionNode): boolean {
  if (ts.canHaveModifiers(fn) && ts.getModifiers(fn)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) return true;
  if (ts.isFunctionDeclaration(fn) && fn.name && isExportedByName(fn.name.text, fn.getSourceFile())) return true;
  const outer = outermost(fn);
  const parent = outer.parent;
  if (ts.isBinaryExpression(parent) && parent.right === outer && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    return /^(?:module\.exports|exports)(?:\.\w+)?$/.test(parent.left.getText());
  }
  if (ts.isExportAssignment(parent)) return true;
  const statement = ts.isVariableDeclaration(parent) ? parent.parent?.parent : undefined;
  return statement !== undefined && ts.isVariableStatement(statement) && (ts.getModifiers(statement)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword) ?? false);
}

function isExportedByName(name: string, source: ts.SourceFile): boolean {
  return exportedValues(source).some(([, value]) => ts.isIdentifier(value) && value.text === name);
}

/** `.listen(...)`, `http.createServer(...)`, hono's `serve(...)`, `Bun.serve(...)`. */
export function containsServerStart(node: ts.Node, facts: FileFacts): boolean {
  let found = false;
  walk(node, (child) => {
    if (found) return false;
    if (!ts.isCallExpression(child)) return;
    const callee = unwrap(child.expression);
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'listen') found = true;
    const name = resolvedName(callee, facts.bindings)?.replace(/^node:/, '');
    if (name !== undefined && (lastSegment(name) === 'createServer' || SERVE_FUNCTIONS.has(name))) found = true;
  });
  return found;
}

/** The call that runs a function expression: an IIFE, or `.then(fn)` / `.finally(fn)` / `.listen(port, fn)`. */
function invocationOf(fn: FunctionNode): ts.CallExpression | undefined {
  if (!ts.isFunctionExpression(fn) && !ts.isArrowFunction(fn)) return undefined;
  const outer = outermost(fn);
  const parent = outer.parent;
  if (!ts.isCallExpression(parent)) return undefined;
  if (parent.expression === outer) return parent;
  return isContinuation(parent) ? parent : undefined;
}

function isContinuation(call: ts.CallExpression): boolean {
  const callee = unwrap(call.expression);
  return ts.isPropertyAccessExpression(callee) && CONTINUATIONS.has(callee.name.text);
}

/** Where this file runs a named function: `start()`, `start().catch(...)`, `db.connect().then(start)`. */
function callSites(fn: FunctionNode, facts: FileFacts): ts.CallExpression[] {
  const name = functionName(fn);
  if (name === undefined || facts.functions.get(name) !== fn) return [];
  const sites: ts.CallExpression[] = [];
  for (const reference of facts.references.get(name) ?? []) {
    const parent = reference.parent;
    if (!ts.isCallExpression(parent)) continue;
    if (parent.expression === reference || (parent.arguments.includes(reference) && isContinuation(parent))) sites.push(parent);
  }
  return sites;
}

/** The expression a function is written as, past the parentheses around it. */
function outermost(fn: FunctionNode): ts.Node {
  let outer: ts.Node = fn;
  while (ts.isParenthesizedExpression(outer.parent)) outer = outer.parent;
  return outer;
}

function functionName(fn: FunctionNode): string | undefined {
  if (ts.isFunctionDeclaration(fn)) return fn.name?.text;
  const outer = outermost(fn);
  const parent = outer.parent;
  return ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) ? parent.name.text : undefined;
}
