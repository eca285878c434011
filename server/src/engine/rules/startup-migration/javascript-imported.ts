// Factor XII across JS/TS modules: `await database.init()` before `app.listen(...)` in server.js, where db.js has
// `async function init() { await db.migrate.latest(); }` and exports it. The function's name says nothing (an `init`,
// `connect` or `setup` may only connect), and its body, in the other module, cannot tell that a server's start calls it.
// The node layer (migrationFacts.ts) reads the relative modules a file imports and hands over their exported functions
// whose body migrates (migratingExportsIn); the call on the start path is reported, the body's migration related.
// Pure: no file is read here.
import ts from 'typescript';
import { ParsedDocument } from '../../languages';
import { resolvedName, unwrap, walk } from '../../languages/ts-ast';
import { LineIndex } from '../../source';
import type { ImportedMigration, LanguageId } from '../../types';
import { NODE_SCRIPT } from './app-commands';
import { recognizeLibraryCall } from './javascript-calls';
import { recognizeCommand } from './javascript-commands';
import { exportedValues } from './javascript-exports';
import { collectFacts, type FileFacts, type FunctionNode } from './javascript-facts';
import { exportedSyncs } from './javascript-imported-models';
import { isOneOffOrTestFile } from './javascript-paths';
import { mayReport } from './javascript-prefilter';
import { callLabel } from './javascript-report';
import { isGatedOff, isOnStartPath } from './javascript-start-path';

/** An app module whose imports the node layer reads: not a test, and not a one-off script (its calls are silent anyway). */
export function wantsJsImportedMigrations(path: string): boolean {
  return /\.(?:[cm]?[jt]s|[jt]sx)$/.test(path) && !isOneOffOrTestFile(path) && !/(?:^|\/)node_modules\//.test(path);
}

/**
 * Whether a file may call an imported migration on its start path, before its imports are read (issue #12): it starts a
 * server (`listen`, `createServer`, `serve(`) or builds the app in an exported factory (`express()`, `new Koa()`, `Fastify()`,
 * javascript-start-path.ts), or has a start hook the check reads (NestJS', Moleculer's, Strapi's
 * `bootstrap`, Nitro's plugin, Next.js' `register`, a serverless `handler`). A library module does neither.
 */
export function mayStartApp(text: string): boolean {
  return /listen|createServer|serve\(|onModuleInit|onApplicationBootstrap|started|bootstrap|defineNitroPlugin|register|handler|express\(\)|new Koa\(|astify\(/.test(text);
}

/**
 * Whether a file's imports are worth reading for a migration they export (issue #12: the audit reads them in its second
 * pass, only for such a file): it may start the app (`mayStartApp`) and imports a relative module.
 */
export function mayCallImportedMigration(text: string): boolean {
  return mayStartApp(text) && /\b(?:require\s*\(\s*|from\s+|import\s*\(\s*)['"]\.{1,2}\//.test(text);
}

/** Whether an imported module is worth parsing: the check's own prefilter, on its text. */
export function mayMigrateJs(text: string): boolean {
  return mayReport({ text, lowered: text.toLowerCase(), options: {} });
}

/**
 * The exported functions of a module whose own body runs a migration (not inside a callback or behind a
 * development or opt-in branch), directly or through a function of the same module: `export async function init()`,
 * `module.exports = { init }`, `exports.connect = async () => …`, `export { setup as setupDatabase }`,
 * `export default async function`. `module` is the specifier the importer wrote.
 */
export function migratingExportsIn(module: string, document: ParsedDocument): ImportedMigration[] {
  // `document`: the module's one parse, shared with the node layer's other questions of it (ports, starts, migrations).
  const { path, text } = document;
  const source = document.typescript;
  const facts = collectFacts(source);
  const lines = new LineIndex(text);
  const found: ImportedMigration[] = [];
  // A migration the module itself reports (on its own start path: `module.exports = async function buildApp()` that
  // builds the server) is its finding there, not the caller's.
  const ownFinding = (call: ts.CallExpression): boolean => !isOneOffOrTestFile(path) && isOnStartPath(call, facts);
  for (const [name, fn] of exportedFunctions(source, facts)) {
    const call = migrationIn(fn, facts) ?? helperMigration(fn, facts);
    if (!call || ownFinding(call)) continue;
    const label = labelOf(call, facts);
    found.push({ module, name, label, path, range: lines.range({ start: call.getStart(source), end: call.getEnd() }) });
  }
  // `sync: sequelize.sync.bind(sequelize)`, an exported model: the importer's `models.sync()`, `Contract.sync()`.
  for (const sync of exportedSyncs(module, path, facts, lines)) if (!found.some((fact) => fact.name === sync.name)) found.push(sync);
  return found;
}

/**
 * The imported function a call runs, when the node layer found that it migrates: `init()` from
 * `const { init } = require('./db')`, `database.init()` from `require('./db')` or `import * as database`, an alias
 * (`import { connect as connectDb }`), a default import (`import setup from './db'`).
 */
export function importedMigrationCalled(call: ts.CallExpression, facts: FileFacts, imported: readonly ImportedMigration[]): ImportedMigration | undefined {
  const resolved = resolvedName(unwrap(call.expression), facts.bindings);
  if (resolved === undefined) return undefined;
  return imported.find((fact) => resolved === `${fact.module}.${fact.name}` || (fact.name === 'default' && resolved === fact.module));
}

/**
 * A Node script's own migration on its start path (`execSync('npx prisma migrate deploy')` at the top of
 * `scripts/boot.mjs`), for the package.json script that runs it: `name` is its path as the script writes it. Only a
 * script whose own path keeps it silent (`scripts/`, `bin/`) is one: any other reports its migration itself.
 */
export function nodeScriptMigration(name: string, path: string, text: string, language: LanguageId): ImportedMigration | undefined {
  if (!isOneOffOrTestFile(path)) return undefined;
  const source = new ParsedDocument(path, text, language).typescript;
  const facts = collectFacts(source);
  let found: ts.CallExpression | undefined;
  walk(source, (node) => {
    if (found) return false;
    if (ts.isCallExpression(node) && (recognizeLibraryCall(node, facts) || recognizeCommand(node, facts)) && isOnStartPath(node, facts)) found = node;
    return undefined;
  });
  if (!found) return undefined;
  return { module: NODE_SCRIPT, name, label: labelOf(found, facts), path, range: new LineIndex(text).range({ start: found.getStart(source), end: found.getEnd() }) };
}

/** Exported name -> the function it names (the first export of the name). */
function exportedFunctions(source: ts.SourceFile, facts: FileFacts): Map<string, FunctionNode> {
  const found = new Map<string, FunctionNode>();
  for (const [name, value] of exportedValues(source)) {
    const fn = functionOf(value, facts);
    if (fn && !found.has(name)) found.set(name, fn);
  }
  return found;
}

/** A function expression, declaration or method; or a name of this module bound to one. */
function functionOf(node: ts.Node, facts: FileFacts): FunctionNode | undefined {
  const value = ts.isExpression(node) ? unwrap(node) : node;
  if (ts.isFunctionDeclaration(value) || ts.isFunctionExpression(value) || ts.isArrowFunction(value) || ts.isMethodDeclaration(value)) return value;
  return ts.isIdentifier(value) ? (facts.functions.get(value.text) ?? undefined) : undefined;
}

/** The first migration in the function's own body: not in a nested callback (a route handler), not behind a gate. */
function migrationIn(fn: FunctionNode, facts: FileFacts): ts.CallExpression | undefined {
  let found: ts.CallExpression | undefined;
  walk(fn, (node) => {
    if (found) return false;
    if (node !== fn && ts.isFunctionLike(node)) return false;
    if (ts.isCallExpression(node) && (recognizeLibraryCall(node, facts) || recognizeCommand(node, facts)) && !isGatedOff(node, facts, false)) found = node;
    return undefined;
  });
  return found;
}

/** `async function init() { await connect(); await applySchema(); }`: one level into the module's own functions. */
function helperMigration(fn: FunctionNode, facts: FileFacts): ts.CallExpression | undefined {
  let found: ts.CallExpression | undefined;
  walk(fn, (node) => {
    if (found) return false;
    if (node !== fn && ts.isFunctionLike(node)) return false;
    if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || isGatedOff(node, facts, false)) return undefined;
    const helper = facts.functions.get(node.expression.text);
    if (helper && helper !== fn) found = migrationIn(helper, facts);
    return undefined;
  });
  return found;
}

function labelOf(call: ts.CallExpression, facts: FileFacts): string {
  const library = recognizeLibraryCall(call, facts);
  return library ? callLabel(library) : (recognizeCommand(call, facts)?.label ?? 'a migration');
}
