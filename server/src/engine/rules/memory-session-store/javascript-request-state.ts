// Request state in a module-level variable: `let flashMessage = ''` set by one route (`flashMessage = 'Pick a date
// first.'`) and shown by the next request's page. One value in process memory for every user of the process, and the
// next request may reach another process: the Ruby class variable (`@@notice`) and Python `global` shapes, in JS/TS.
// A plain `=` inside a request handler only: `x ??= load()` and `if (!x) x = …` memoise, `count += 1` counts, a client
// made in the handler (`db = new Pool()`, `client = await connect()`) is a shared resource, not a visitor's state, and a
// table refilled from a query that reads nothing of the request (`menu = rows`) is the same for every visitor.
import ts from 'typescript';
import { dottedName, spanOf, unwrap, walk } from '../../languages/ts-ast';
import { skipTrivia, type PrefilterInput } from '../../prefilter';
import { someTopLevel } from '../../prefilter-toplevel';
import type { LanguageCheck, RuleContext } from '../../rule';
import { enclosingHandler } from './javascript-handlers';
import { mayCallRouteMethodIn, mayHaveHandlerParameter } from './javascript-prefilter';
import { declaresLocally, isRequestFreeLookup } from './javascript-state';
import { requestStateReport } from './state-words';

/** Calls that make a client or a connection. */
const RESOURCE_CALL = /(?:^|\.)(?:connect|createClient|createPool|createConnection|open)$/i;

function check(context: RuleContext): void {
  const source = context.parsed.typescript;
  const variables = moduleVariables(source);
  if (variables.size === 0) return;
  const writes = new Map<string, ts.Identifier[]>();
  walk(source, (node) => {
    if (!ts.isBinaryExpression(node) || node.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return;
    const left = unwrap(node.left);
    if (!ts.isIdentifier(left) || !variables.has(left.text) || isResource(node.right) || isMemoised(node, left.text)) return;
    const handler = enclosingHandler(left);
    // `menu = rows` from a query that reads nothing of the request: a lookup table, the same for every visitor.
    if (!handler || shadowed(left, handler) || isRequestFreeLookup(left, handler)) return;
    writes.set(left.text, [...(writes.get(left.text) ?? []), left]);
  });
  for (const [name, lefts] of writes) context.report(requestStateReport(name, lefts.map((left) => spanOf(left)), 'the session or the response'));
}

/** `let notice;`, `var lastSearch = ''` at the module's top level (a `const` cannot be reassigned). */
function moduleVariables(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement) || statement.declarationList.flags & ts.NodeFlags.Const) continue;
    for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) names.add(declaration.name.text);
  }
  return names;
}

/** `new Pool(…)`, `await connect(…)`, `redis.createClient(…)`: a client, not state. */
function isResource(value: ts.Expression): boolean {
  const node = unwrap(ts.isAwaitExpression(unwrap(value)) ? (unwrap(value) as ts.AwaitExpression).expression : value);
  if (ts.isNewExpression(node)) return true;
  return ts.isCallExpression(node) && RESOURCE_CALL.test(dottedName(node.expression) ?? '');
}

/** `if (!cache) cache = …`, `if (cache === undefined) { cache = … }`: filled once, then read. */
function isMemoised(assignment: ts.BinaryExpression, name: string): boolean {
  for (let node: ts.Node = assignment, parent = assignment.parent; parent && !ts.isFunctionLike(parent); node = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && parent.thenStatement === node && mentions(parent.expression, name)) return true;
  }
  return false;
}

function mentions(expression: ts.Expression, name: string): boolean {
  let found = false;
  walk(expression, (node) => {
    if (found) return false;
    found = ts.isIdentifier(node) && node.text === name;
    return undefined;
  });
  return found;
}

/** A parameter or a local of the handler (or of a function between it and the write) of the same name. */
function shadowed(reference: ts.Identifier, handler: ts.SignatureDeclaration): boolean {
  for (let parent = reference.parent; parent; parent = parent.parent) {
    if (ts.isFunctionLike(parent) && (parent.parameters.some((parameter) => ts.isIdentifier(parameter.name) && parameter.name.text === reference.text) || declaresLocally(parent, reference.text))) return true;
    if (parent === handler) return false;
  }
  return false;
}

/** `let flashMessage = ''` (or `export let`) at a line's start: an app module's own variable (a bundle's are `var`s, and indented in its wrapper). */
const MODULE_LET = /^(?:export[ \t]+)?let[ \t]+([A-Za-z_$][\w$]{0,60})/gm;
/**
 * The same `let` indented: at module level only where no brace is open before it (an app module indented by hand, or
 * what the parser's error recovery puts at module level when a wrapper's first line is gone), which takes a lexer pass.
 */
const INDENTED_LET = /^[ \t]+(?:export[ \t]+)?let[ \t]+([A-Za-z_$][\w$]{0,60})/gm;
/** The most module-level names the prefilter looks up one by one (a pass over the file each); past them, one pass for all. */
const MAX_NAMES = 16;

/**
 * Before any parse: a module-level `let` that the file assigns again later (`flashMessage = …`, not `==`), and a route
 * registered (`app.post(…)`) or a handler's parameter. Every `let` counts: the lookups once stopped at the
 * 16th and lost a 17th reassigned by a handler (speed21).
 */
function mayReport(file: PrefilterInput): boolean {
  const { text } = file;
  const declared = new Map<string, number>();
  for (const match of text.matchAll(MODULE_LET)) {
    const name = match[1]!;
    const end = match.index + match[0].length;
    if (declared.size < MAX_NAMES && reassigned(text, name, end)) return mayHandleRequests(file);
    if (!declared.has(name)) declared.set(name, end);
  }
  if (declared.size > MAX_NAMES && someReassigned(text, declared) && mayHandleRequests(file)) return true;
  return mayDeclareIndentedModuleLet(file);
}

/**
 * An indented `let` where the lexer finds no brace open before it (or cannot tell), in a file that handles requests,
 * reassigned later. Most indented `let`s are a function's locals (`let i`, whose lookups would hit every `i`): the
 * requests test comes first, then the lexer's one pass, which stops at the last indented `let`, and only a top-level
 * one is looked up.
 */
function mayDeclareIndentedModuleLet(file: PrefilterInput): boolean {
  const { text } = file;
  const candidates = new Map<number, RegExpExecArray>();
  for (const match of text.matchAll(INDENTED_LET)) candidates.set(match.index + match[0].length - match[0].trimStart().length, match);
  if (candidates.size === 0 || !mayHandleRequests(file)) return false;
  const stopAt = Math.max(...candidates.keys()) + 1;
  const visit = (at: number): boolean => {
    const match = candidates.get(at);
    return match !== undefined && reassigned(text, match[1]!, match.index + match[0].length);
  };
  return someTopLevel(text, visit, { stopAt }) !== false;
}

function mayHandleRequests(file: PrefilterInput): boolean {
  return mayCallRouteMethodIn(file) || mayHaveHandlerParameter(file.text);
}

/**
 * reassigned for many names in one pass over the file's words: a name after its first declaration (`declared`:
 * where it ends), not after a `.`, then `=` (comments and line breaks may stand between), not `==`/`=>`.
 */
function someReassigned(text: string, declared: ReadonlyMap<string, number>): boolean {
  for (const word of text.matchAll(WORD)) {
    const from = declared.get(word[0]);
    if (from === undefined || word.index < from || text[word.index - 1] === '.') continue;
    const next = skipTrivia(text, word.index + word[0].length);
    if (next < 0 || (text[next] === '=' && text[next + 1] !== '=' && text[next + 1] !== '>')) return true;
  }
  return false;
}

const WORD = /[\w$]+/g;

/** `name =` or `name=` after `from` (comments and line breaks may stand between), not `==`/`=>`, with no word character before the name. */
function reassigned(text: string, name: string, from: number): boolean {
  for (let at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, at + 1)) {
    if (/[\w$.]/.test(text[at - 1] ?? '')) continue;
    const next = skipTrivia(text, at + name.length);
    // A comment that never closes: nothing is proved.
    if (next < 0) return true;
    if (text[next] === '=' && text[next + 1] !== '=' && text[next + 1] !== '>') return true;
  }
  return false;
}

export const javascriptRequestStateCheck: LanguageCheck = {
  languages: ['javascript', 'typescript'],
  keywords: ['let '],
  mayReport,
  check,
};
