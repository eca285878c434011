// Factor VII across JS/TS modules: `app.listen(config.port)` where `const config = require('./config')` and
// config.js has `module.exports = { port: 3050 }`; `listen({ port: PORT })` with `export const PORT = 8088`;
// `Settings.serverPort()` where settings.js returns 9090. The node layer (migrationFacts.ts) resolves the file's
// relative imports and hands over, as facts, the fixed ports the imported modules export; the call is reported at
// its argument, the module's value the related location. Pure: no file is read here.
import ts from 'typescript';
import { ParsedDocument } from '../../languages';
import { dottedName, resolvedName, unwrap } from '../../languages/ts-ast';
import { exportedValues } from '../../languages/ts-exports';
import { skipTrivia } from '../../prefilter';
import { LineIndex } from '../../source';
import type { ImportedPort } from '../../types';

/** Relative module specifiers a file imports (`require('./config')`, `from '../constants.js'`): the modules worth reading. */
export function relativeImports(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/\b(?:require\s*\(\s*|from\s+)(['"])(\.{1,2}\/[^'"\n]{1,200})\1/g)) found.add(match[2]!);
  return [...found];
}

/**
 * Whether a file may bind a port it imports: a `listen` call, a `port` option or key, or a gRPC bind (every place the
 * check reads a port), and a relative import to take it from. The node layer reads the imported modules only then.
 */
export function mayUseImportedPort(text: string): boolean {
  return /listen|\bport\b|ServerCredentials/i.test(text) && /\b(?:require\s*\(\s*|from\s+)['"]\.{1,2}\//.test(text);
}

/**
 * Whether a module is worth parsing for exported ports (jsPortExportsIn): a name ending in `port` given a value that
 * may be one, and a number. exportedValues names a value by the key, declaration or assignment target written right
 * before it (`port: 3050`, `'PORT': 3050`, `export const PORT = 8088`, `exports['port'] = 3050`, `serverPort() {`,
 * `export function serverPort<T>(`): past the name come a key's closing quote, `]`, `)`, `!` or `?` and comments, then
 * `:` or `=` and a value a port can be (portValueAt), `<`, or `()` (a function with parameters returns no port).
 * `port` alone is in every module's `import`, `export` and `exports`, and library code gives `transport`, `support`
 * and `report` values all the time (round 27: the imports of 15 of /tmp/bt's modules were parsed for nothing). A
 * name spelled with an escape (`\u0070ort`, `'p\ort'`) is read from its backslash the same way.
 */
export function mayExportPort(text: string): boolean {
  // Digits not part of a longer number; a letter may touch them where error recovery splits a token (`3000export`).
  return mayNameValueEndingInPort(text) && /(?<![0-9])[0-9]{2,5}(?![0-9])/.test(text);
}

function mayNameValueEndingInPort(text: string): boolean {
  for (const match of text.matchAll(PORT_END)) {
    let end = match.index + match[0].length;
    // An escape may spell any of the name's letters: past the rest of the name.
    if (match[0] === '\\') while (end < text.length && (NAME_CHAR.test(text[end]!) || text[end - 1] === '\\')) end++;
    if (valueFollows(text, end, openedByQuote(text, match.index))) return true;
  }
  return false;
}

/** Whether the name around `at` opens with a quote (`'port'`, `"por\u{74}`): a quoted key, read back a bounded way. */
function openedByQuote(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && at - start < 80 && NAME_CHAR.test(text[start - 1]!)) start--;
  return QUOTES.has(text[start - 1] ?? '');
}

const PORT_END = /port|\\/gi;
const NAME_CHAR = /[\w$\\{}]/;
/** What may stand between a name's end and the `=`/`:` of its value: a key's closing quote, brackets, `!`, `?`. */
const NAME_TAIL = new Set(["'", '"', '`', ']', ')', '!', '?']);
const QUOTES = new Set(["'", '"', '`']);

function valueFollows(text: string, nameEnd: number, openedByQuote: boolean): boolean {
  let at = nameEnd;
  let quoted = openedByQuote;
  for (let steps = 0; steps < 16; steps++) {
    at = skipTrivia(text, at);
    if (at < 0) return true; // an unclosed comment: cannot tell
    if (!NAME_TAIL.has(text[at]!)) break;
    quoted ||= QUOTES.has(text[at]!);
    at++;
  }
  const char = text[at];
  if (char === '<') return true;
  // A quoted key with its `:` missing (`{'port' 4100}`, or its quote unclosed): the parser recovers a property with that value.
  if (quoted && char !== undefined && /[0-9'"`]/.test(char)) return true;
  if (char === '(') return emptyParameters(text, at);
  // `==` and `=>` give the name no value.
  if (char === '=') return text[at + 1] !== '=' && text[at + 1] !== '>' && portValueAt(text, at + 1, () => assignsExports(text, nameEnd));
  return char === ':' && portValueAt(text, at + 1, () => declares(text, nameEnd));
}

function emptyParameters(text: string, open: number): boolean {
  const close = skipTrivia(text, open + 1);
  return close < 0 || text[close] === ')';
}

/**
 * What a port's value can start with: a literal (digits, a string, a template), a function (`(`, `function`, `async`),
 * a cast (`<number>3000`); a name only where the reader follows it or it is a type (`named`): `exports.port = PORT`
 * (exportedValues reads the module's declaration of PORT), `export const PORT: number = 3000`. An object, an array,
 * `true`, `this.x` or a call's result is none.
 */
function portValueAt(text: string, from: number, named: () => boolean): boolean {
  const at = skipTrivia(text, from);
  if (at < 0 || at >= text.length) return true;
  const char = text[at]!;
  if (LITERAL_OR_FUNCTION_START.test(char)) return true;
  // An arrow without its parameters (`port: => 4100`) is recovered as a function; a declaration's type left empty
  // (`export const Port: = '4100'`) is skipped to the value after it.
  if (char === '=') return text[at + 1] === '>' || named();
  if (!/[\p{ID_Start}$\\]/u.test(char)) return false;
  return /^(?:function|async)(?![\w$])/.test(text.slice(at, at + 9)) || named();
}

const LITERAL_OR_FUNCTION_START = /[0-9'"`(<]/;

/** The assignment's target is a member of `exports` (`exports.port`, `module.exports['port']`): read back a bounded way. */
function assignsExports(text: string, nameEnd: number): boolean {
  let at = nameEnd;
  while (at > 0 && nameEnd - at < 300 && TARGET_CHAR.test(text[at - 1]!)) at--;
  return /(?<![\w$])exports(?![\w$])/.test(text.slice(at, nameEnd));
}

const TARGET_CHAR = /[\w$\\.[\]'"`\s?!()]/;

/** `const`, `let` or `var` right before the name: a declaration, whose `:` opens a type. */
function declares(text: string, nameEnd: number): boolean {
  let at = nameEnd;
  while (at > 0 && nameEnd - at < 300 && NAME_CHAR.test(text[at - 1]!)) at--;
  return /(?<![\w$])(?:const|let|var)\s+$/.test(text.slice(Math.max(0, at - 20), at));
}

/** Names of exported values that hold a listen port: `port`, `PORT`, `serverPort`, `APP_PORT`, `listenPort()`. */
const PORT_NAME = /port$/i;

/**
 * The fixed ports a module exports, by their path from what an importer binds (languages/ts-exports.ts): `port`
 * (module.exports = { port: 3050 }, export default { port }), `app.PORT` (a nested object), `PORT` (export const PORT =
 * 8088), `serverPort` with `called` (a function without parameters whose body is one `return 9090`). A value built from
 * anything else (`process.env.PORT || 3000`), or assigned again anywhere in the module, is not one.
 */
export function jsPortExportsIn(module: string, document: ParsedDocument): ImportedPort[] {
  // `document`: the module's one parse, shared with the node layer's other questions of it (ports, starts, migrations).
  const { path, text } = document;
  const source = document.typescript;
  const lines = new LineIndex(text);
  const found: ImportedPort[] = [];
  for (const { name, value } of exportedValues(source)) {
    if (!PORT_NAME.test(name.slice(name.lastIndexOf('.') + 1))) continue;
    const fixed = ts.isFunctionDeclaration(value) || ts.isMethodDeclaration(value) ? calledPort(returnedPort(value)) : portOf(value);
    if (fixed) found.push({ module, name, port: fixed.port, path, range: lines.range({ start: fixed.node.getStart(source), end: fixed.node.getEnd() }), ...(fixed.called ? { called: true } : {}) });
  }
  return found;
}

function calledPort(fixed: { node: ts.Node; port: number } | undefined): { node: ts.Node; port: number; called: boolean } | undefined {
  return fixed && { ...fixed, called: true };
}

/** A literal port, or a function without parameters that returns one. */
function portOf(node: ts.Expression): { node: ts.Node; port: number; called: boolean } | undefined {
  const literal = literalPortValue(node);
  if (literal !== undefined) return { node, port: literal, called: false };
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node) ? calledPort(returnedPort(node)) : undefined;
}

/** `() => 9090`, `function () { return 9090; }`, `port() { return 4100; }`: no parameters, one return of a port. */
function returnedPort(fn: ts.FunctionLikeDeclaration): { node: ts.Node; port: number } | undefined {
  if (fn.parameters.length > 0 || !fn.body) return undefined;
  if (!ts.isBlock(fn.body)) {
    const port = literalPortValue(unwrap(fn.body));
    return port === undefined ? undefined : { node: fn.body, port };
  }
  const statements = fn.body.statements;
  const only = statements.length === 1 ? statements[0] : undefined;
  const port = only && ts.isReturnStatement(only) && only.expression ? literalPortValue(unwrap(only.expression)) : undefined;
  return port === undefined ? undefined : { node: only!, port };
}

/** A TCP port written as a number or a string of digits: 1 to 65535. */
function literalPortValue(node: ts.Expression): number | undefined {
  if (!ts.isNumericLiteral(node) && !ts.isStringLiteral(node) && !ts.isNoSubstitutionTemplateLiteral(node)) return undefined;
  if (!/^[0-9]{1,5}$/.test(node.text)) return undefined;
  const port = Number(node.text);
  return port >= 1 && port <= 65535 ? port : undefined;
}

/** The most declarations followed from the argument to the imported name (`const port = config.app.PORT || 3000`). */
const MAX_HOPS = 2;

/**
 * The imported port an argument binds, when the node layer found one: `config.port`, `config.port()`, `PORT`,
 * `config.app.PORT || 3000` (the fallback never applies), through a variable the file declares once.
 */
export function importedJsPort(
  expression: ts.Expression,
  bindings: ReadonlyMap<string, string>,
  declarations: ReadonlyMap<string, ts.VariableDeclaration>,
  facts: readonly ImportedPort[],
): ImportedPort | undefined {
  let node = unwrap(expression);
  for (let hops = 0; ; hops++) {
    if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.BarBarToken || node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) node = unwrap(node.left);
    else if (ts.isCallExpression(node) && node.arguments.length >= 1 && ts.isIdentifier(node.expression) && (node.expression.text === 'Number' || node.expression.text === 'parseInt')) node = unwrap(node.arguments[0]!);
    else if (ts.isIdentifier(node) && !bindings.has(node.text) && hops < MAX_HOPS) {
      const init = declarations.get(node.text)?.initializer;
      if (!init) return undefined;
      node = unwrap(init);
    } else break;
  }
  const called = ts.isCallExpression(node);
  if (ts.isCallExpression(node) && node.arguments.length > 0) return undefined;
  const named = ts.isCallExpression(node) ? node.expression : node;
  const head = dottedName(named)?.split('.')[0];
  if (head === undefined || !bindings.has(head)) return undefined;
  const name = resolvedName(named, bindings);
  return facts.find((fact) => (fact.name === '' ? fact.module : `${fact.module}.${fact.name}`) === name && (fact.called === true) === called);
}
