// Factor IX across JS/TS modules: the entry calls a function another module of the app exports, and that function
// starts the server (`module.exports = async function start() { app.listen(port) }`, `export async function load()`),
// with SIGTERM handled in neither file. The exporting file is silent on its own (its server leaves the file: the
// entry manages it); the node layer (migrationFacts.ts) reads the entry's relative imports and hands over, as facts,
// the starts they export, and the entry's call is reported with the start as the related location. Pure: no file is read here.
import ts from 'typescript';
import { ParsedDocument } from '../../languages';
import { dottedName, moduleBindings, requiredModule, resolvedName, spanOf, unwrap } from '../../languages/ts-ast';
import { exportedValues } from '../../languages/ts-exports';
import { LineIndex } from '../../source';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { ImportedServerStart, Report } from '../../types';
import { isNonServerPath } from '../process-paths';
import { leavesFile, MESSAGE, serverStarts } from './javascript';
import { shutdownFacts } from './javascript-facts';

/** Whether a module is worth parsing for exported server starts: it listens, and names no signal. */
export function mayExportServerStart(text: string): boolean {
  return /\.listen\s*\(|\bserve\s*\(/.test(text) && !/SIGTERM|SIGINT/.test(text);
}

/**
 * Whether a file may call a server start it imports, lexically: it names no signal, and a line begins with a call of a
 * name it binds from a relative import (`start().catch(…)`, `await load(port)`, `const server = serve(…)`,
 * `app.start()`), or calls a relative `require` at once (`require('./server')()`). Most modules call nothing they
 * import at their top level, so the node layer reads few files' imports for this.
 */
export function mayCallImportedStart(text: string): boolean {
  if (/SIGTERM|SIGINT/.test(text)) return false;
  if (/\brequire\(\s*['"]\.{1,2}\/[^'"\n]{1,200}['"]\s*\)\s*\(/.test(text)) return true;
  const names = new Set<string>();
  for (const match of text.matchAll(RELATIVE_BINDING)) {
    // `{ a, b as c }`, `d, { e }`, `{ f: g }`: every word of the clause, a superset of the names it binds.
    for (const word of (match[1] ?? match[2] ?? '').split(/[\s,{}:*]+/)) if (/^[\w$]+$/.test(word) && !CLAUSE_WORDS.has(word)) names.add(word);
  }
  if (names.size === 0) return false;
  return text.split('\n').some((line) => {
    const called = CALLED.exec(line.slice(LINE_PREFIX.exec(line)?.[0].length ?? 0));
    return called !== null && names.has(called[1]!);
  });
}

/** `const x = require('./…')`, `const { a } = require('../…')`, `import x, { y } from './…'`: the clause, in 1 or 2. */
const RELATIVE_BINDING = /\b(?:const|let|var)[ \t]+([^=;\n]{1,400})=[ \t]*require\([ \t]*['"]\.{1,2}\/|\bimport[ \t]([^'"\n;]{1,400})['"]\.{1,2}\//g;
const CLAUSE_WORDS = new Set(['from', 'as', 'type']);
/** What may stand before a call at a line's start: `await `, `void `, `const server = `. */
const LINE_PREFIX = /^(?:await[ \t]+|void[ \t]+|(?:export[ \t]+)?(?:const|let|var)[ \t]+[\w$]+[ \t]*=[ \t]*(?:await[ \t]+)?)/;
/** `start(`, `api.start(`. */
const CALLED = /^([\w$]+)(?:\.[\w$]+)?[ \t]*\(/;

/**
 * The exported functions of a module that start a server it does not stop: `name` as an importer reaches it (`start`
 * of `exports.start = …` or `export function start`; '' for `module.exports = function …` and `export default`).
 */
export function serverStartExportsIn(document: ParsedDocument): ImportedServerStart[] {
  // `document`: the module's one parse, shared with the node layer's other questions of it (ports, starts, migrations).
  const { path, text } = document;
  const source = document.typescript;
  const facts = shutdownFacts(source);
  if (facts.handlesShutdown || facts.exitOnly.length > 0) return [];
  const starts = serverStarts(source).filter((start) => leavesFile(start, facts));
  if (starts.length === 0) return [];
  const lines = new LineIndex(text);
  const found: ImportedServerStart[] = [];
  for (const { name, value } of [...defaultExports(source), ...exportedValues(source)]) {
    if (!ts.isFunctionLike(value)) continue;
    const start = starts.find((call) => call.pos >= value.pos && call.end <= value.end);
    if (start) found.push({ module: '', name, path, range: lines.range(spanOf(start.expression, source)) });
  }
  return found;
}

/** `module.exports = function start() {…}`, `export default async function () {…}`: the importer binds the function itself. */
function defaultExports(source: ts.SourceFile): { name: string; value: ts.Node }[] {
  const found: { name: string; value: ts.Node }[] = [];
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.DefaultKeyword)) found.push({ name: '', value: statement });
    else if (ts.isExportAssignment(statement)) found.push({ name: '', value: unwrap(statement.expression) });
    else if (ts.isExpressionStatement(statement) && ts.isBinaryExpression(statement.expression) && dottedName(statement.expression.left) === 'module.exports') {
      found.push({ name: '', value: unwrap(statement.expression.right) });
    }
  }
  return found;
}

/** The entry's side: it runs only when the node layer found an imported start (`importedServerStarts`). */
export const javascriptImportedStartCheck: LanguageCheck = {
  languages: ['javascript', 'typescript'],
  keywords: [],
  mayReport: (file) => (file.options.importedServerStarts?.length ?? 0) > 0,
  check,
};

function check(context: RuleContext): void {
  const facts = context.options.importedServerStarts;
  if (!facts || facts.length === 0 || isNonServerPath(context.path)) return;
  const source = context.parsed.typescript;
  const shutdown = shutdownFacts(source);
  // A file that starts a server of its own is javascript.ts's finding; one that handles shutdown covers what it calls.
  if (shutdown.handlesShutdown || shutdown.exitOnly.length > 0 || serverStarts(source).some((start) => !leavesFile(start, shutdown))) return;
  const found = importedStartReport(source, facts, MESSAGE);
  if (found) context.report(found);
}

/**
 * The entry's calls of imported server starts, at its top level (`start().catch(…)`, `await load(port)`,
 * `require('./server')()`, `server.start()`), in a file that handles no shutdown: one finding on the first call.
 */
export function importedStartReport(source: ts.SourceFile, facts: readonly ImportedServerStart[], message: string): Report | undefined {
  const bindings = moduleBindings(source);
  for (const statement of source.statements) {
    const call = topLevelCall(statement);
    const callee = call && unwrap(call.expression);
    if (!call || !callee) continue;
    const required = requiredModule(callee);
    const name = required ? required.path : resolvedName(callee, bindings);
    const fact = name === undefined ? undefined : facts.find((start) => (start.name === '' ? start.module : `${start.module}.${start.name}`) === name);
    if (!fact) continue;
    return {
      span: spanOf(callee, source),
      message,
      relatedElsewhere: [{ path: fact.path, range: fact.range, message: 'Factor IX: the server this call starts, in the module it imports' }],
    };
  }
  return undefined;
}

/** `start()`, `await load()`, `void start()`, `start().catch(…)`, `const server = serve(…)` as a module-level statement. */
function topLevelCall(statement: ts.Statement): ts.CallExpression | undefined {
  let expression: ts.Expression | undefined;
  if (ts.isExpressionStatement(statement)) expression = statement.expression;
  else if (ts.isVariableStatement(statement)) expression = statement.declarationList.declarations[0]?.initializer;
  for (let depth = 0; expression && depth < 4; depth++) {
    const node = unwrap(expression);
    if (ts.isAwaitExpression(node) || ts.isVoidExpression(node)) expression = node.expression;
    else if (ts.isCallExpression(node)) {
      // `start().catch(…)`, `start().then(…)`: the inner call starts.
      const callee = unwrap(node.expression);
      if (ts.isPropertyAccessExpression(callee) && ['catch', 'then', 'finally'].includes(callee.name.text) && ts.isCallExpression(unwrap(callee.expression))) expression = callee.expression;
      else return node;
    } else return undefined;
  }
  return undefined;
}
