// The "Use a Redis session store" quick-fix: imports connect-redis and redis in the file's module
// style, creates a client from REDIS_URL ahead of the session options, and plugs the store in.
import ts from 'typescript';
import { requiredModule, unwrap } from '../../languages/ts-ast';
import type { OffsetEdit, ReplaceFix } from '../../types';
import { type Bindings, moduleOfExpression } from './javascript-modules';

export const REDIS_FIX_TITLE = 'Use a Redis session store (connect-redis, REDIS_URL)';

export interface FileFacts {
  source: ts.SourceFile;
  bindings: Bindings;
  /** Every identifier in the file: new names must not clash with any. */
  identifiers: ReadonlySet<string>;
}

// connect-redis v8+ exports RedisStore by name; a file that already binds it another way
// (v7 default export, v6 factory) keeps its own binding, which constructs the same way.
const CONNECT_REDIS_BINDINGS = new Set([
  'connect-redis.RedisStore',
  'connect-redis',
  'connect-redis.default',
  'connect-redis()',
]);

/**
 * Edits that give express-session a RedisStore. `storeEdit` receives the store expression
 * (`new RedisStore({ client: redisClient })`) and returns the edit to the session options;
 * `at` is where that edit happens, so the client is declared before it is used.
 */
export function redisStoreFix(file: FileFacts, at: number, storeEdit: (store: string) => OffsetEdit): ReplaceFix {
  const esm = usesEsm(file.source);
  const lines: string[] = [];
  const taken = new Set(file.identifiers);
  const plan = { esm, taken, lines };
  const storeClass =
    localBoundTo(file.bindings, CONNECT_REDIS_BINDINGS) ?? importNamed('RedisStore', 'connect-redis', ['ConnectRedisStore'], plan);
  const anchor = topLevelStatementAt(file.source, at);
  const client = existingRedisClient(file, anchor) ?? createRedisClient(file, plan);
  const insertion = insertionEdit(file.source, anchor, lines);
  const store = storeEdit(`new ${storeClass}({ client: ${client} })`);
  return { kind: 'replace', title: REDIS_FIX_TITLE, edits: insertion ? [insertion, store] : [store] };
}

interface ImportPlan {
  esm: boolean;
  taken: Set<string>;
  lines: string[];
}

function createRedisClient(file: FileFacts, plan: ImportPlan): string {
  const namespace = localBoundTo(file.bindings, new Set(['redis']));
  const factory =
    localBoundTo(file.bindings, new Set(['redis.createClient'])) ??
    (namespace ? `${namespace}.createClient` : importNamed('createClient', 'redis', ['createRedisClient'], plan));
  const client = freshName(['redisClient', 'sessionRedisClient'], plan.taken);
  plan.lines.push(`const ${client} = ${factory}({ url: process.env.REDIS_URL });`, `${client}.connect().catch(console.error);`);
  return client;
}

/** Adds `import { name } from 'module'` (or the require form) and returns the local name. */
function importNamed(name: string, module: string, fallbacks: string[], plan: ImportPlan): string {
  const local = freshName([name, ...fallbacks], plan.taken);
  const alias = local === name ? name : plan.esm ? `${name} as ${local}` : `${name}: ${local}`;
  plan.lines.push(plan.esm ? `import { ${alias} } from '${module}';` : `const { ${alias} } = require('${module}');`);
  return local;
}

function freshName(candidates: string[], taken: Set<string>): string {
  const last = candidates[candidates.length - 1] ?? 'name';
  const name = candidates.find((candidate) => !taken.has(candidate)) ?? numbered(last, taken);
  taken.add(name);
  return name;
}

function numbered(base: string, taken: ReadonlySet<string>): string {
  let index = 2;
  while (taken.has(`${base}${index}`)) index++;
  return `${base}${index}`;
}

function localBoundTo(bindings: Bindings, modules: ReadonlySet<string>): string | undefined {
  for (const [local, module] of bindings) if (modules.has(module)) return local;
  return undefined;
}

/** A node-redis client declared at top level before the session options: reuse it. */
function existingRedisClient(file: FileFacts, anchor: ts.Statement | undefined): string | undefined {
  for (const statement of file.source.statements) {
    if (statement === anchor) return undefined;
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer && unwrap(declaration.initializer);
      if (!init || !ts.isIdentifier(declaration.name) || !ts.isCallExpression(init)) continue;
      if (moduleOfExpression(init, file.bindings) === 'redis.createClient()') return declaration.name.text;
    }
  }
  return undefined;
}

function topLevelStatementAt(source: ts.SourceFile, position: number): ts.Statement | undefined {
  return source.statements.find((statement) => statement.getStart(source) <= position && position < statement.getEnd());
}

/** After the last import/require before the anchor, else right before the anchor. */
function insertionEdit(source: ts.SourceFile, anchor: ts.Statement | undefined, lines: string[]): OffsetEdit | undefined {
  if (lines.length === 0) return undefined;
  let last: ts.Statement | undefined;
  for (const statement of source.statements) {
    if (statement === anchor) break;
    if (isModuleStatement(statement)) last = statement;
  }
  if (last) return { span: { start: last.getEnd(), end: last.getEnd() }, text: `\n${lines.join('\n')}` };
  const start = anchor ? anchor.getStart(source) : source.getEnd();
  return { span: { start, end: start }, text: `${lines.join('\n')}\n` };
}

function usesEsm(source: ts.SourceFile): boolean {
  if (source.statements.some((statement) => ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly)) return true;
  if (source.statements.some(isModuleStatement)) return false;
  return /\.m[jt]s$/i.test(source.fileName);
}

function isModuleStatement(statement: ts.Statement): boolean {
  if (ts.isImportDeclaration(statement) || ts.isImportEqualsDeclaration(statement)) return true;
  if (ts.isExpressionStatement(statement)) return rootsInRequire(statement.expression);
  if (!ts.isVariableStatement(statement)) return false;
  const declarations = statement.declarationList.declarations;
  return declarations.some((declaration) => !!declaration.initializer && rootsInRequire(declaration.initializer));
}

/** `require('x')`, `require('x').y`, `require('x')(y)`, `require('dotenv').config()`. */
function rootsInRequire(node: ts.Expression): boolean {
  const target = unwrap(node);
  if (requiredModule(target)) return true;
  if (ts.isCallExpression(target) || ts.isPropertyAccessExpression(target)) return rootsInRequire(target.expression);
  return false;
}
