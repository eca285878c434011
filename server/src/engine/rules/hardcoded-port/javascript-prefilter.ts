// Whether a JS/TS file can hold a finding of hardcoded-port, read without parsing. The check reads a
// port only as a `.listen(…)` argument, a `port` option of a server's options object (`{ port: 3000 }`,
// `{ port }`) or express's `set('port', …)` (javascript-servers.ts); a shorthand `{ port }` is a
// literal only through a `port = <literal>` declaration (javascript-literals.ts). So `const port =
// url.port`, `connection.listen()` and `host + ':' + port` hold none, and those are most of the
// `port` and `listen` words in library code.
import { identifierAt, isIdentifierPart, isSpace, mayCallMethodWithArgument, skipTrivia, type PrefilterInput } from '../../prefilter';

export function mayReport({ text }: PrefilterInput): boolean {
  const variables = new LiteralVariables(text);
  const mayBeLiteralPort = (source: string, start: number): boolean => isLiteralPortAt(source, start, variables);
  // A gRPC server binds through `bindAsync(address, ServerCredentials…)`: rare enough to parse whenever it is there.
  return mayCallMethodWithArgument(text, 'listen', mayBeLiteralPort) || mayNamePortOption(text, mayBeLiteralPort) || text.includes('ServerCredentials');
}

/**
 * Which variables of one file may hold a literal port (declared with one, a parameter nowhere),
 * each worked out once. Each costs a pass over the file: past MAX_VARIABLES names, every name may.
 */
class LiteralVariables {
  private readonly known = new Map<string, boolean>();

  constructor(private readonly text: string) {}

  mayHoldLiteral(name: string): boolean {
    let answer = this.known.get(name);
    if (answer === undefined) {
      if (this.known.size >= MAX_VARIABLES) return true;
      answer = declaresLiteral(this.text, name) && !isSomeParameter(this.text, name);
      this.known.set(name, answer);
    }
    return answer;
  }
}

const MAX_VARIABLES = 32;

/**
 * Whether the expression at `start` may be what literalPort reads: a literal (in brackets, or with
 * `as` or `!` after it) or a variable some `name = <literal>` declares. A member (`config.port`),
 * a call, an operation (`process.env.PORT || 3000`) and a callback are none.
 */
function isLiteralPortAt(text: string, start: number, variables: LiteralVariables): boolean {
  let at = start;
  while (at >= 0 && text[at] === '(') at = skipTrivia(text, at + 1);
  if (at < 0) return true;
  const char = text[at]!;
  if (QUOTES.has(char) || isDigit(char)) return mayStartPortLiteral(text, at);
  let end = at;
  while (isIdentifierPart(text[end])) end++;
  if (end === at) return false;
  const after = skipTrivia(text, end);
  if (after < 0) return true;
  if (!ENDS_NAME.has(text[after]!) && !/^(?:as|satisfies)\b/.test(text.slice(after, after + 10))) return false;
  return variables.mayHoldLiteral(text.slice(at, end));
}

/**
 * Whether `name` is a parameter of some arrow function or `function` (`(t,u)=>`, `t=>`,
 * `function f(e,t){`): singleDeclarations then reads no variable of that name at all, as in a
 * minified bundle's `e.listen(t,u)`. Only plain parameter lists are read.
 */
function isSomeParameter(text: string, name: string): boolean {
  let run = { end: -1, isParameterList: false };
  for (const at of identifierAt(text, name)) {
    const after = at + name.length;
    if (text.startsWith('=>', skipSpaces(text, after)) && text[at - 1] !== '.') return true;
    // Every name in one run of list characters has the run's brackets: each run is read once.
    if (at >= run.end) run = listAround(text, at, after);
    if (run.isParameterList) return true;
  }
  return false;
}

/** The run of plain list characters around the name at [at, after), and whether its brackets hold a function's parameters. */
function listAround(text: string, at: number, after: number): { end: number; isParameterList: boolean } {
  let open = at - 1;
  while (open >= 0 && PLAIN_PARAMETERS.test(text[open]!)) open--;
  let close = after;
  while (close < text.length && PLAIN_PARAMETERS.test(text[close]!)) close++;
  const isParameterList = text[open] === '(' && text[close] === ')' && (text.startsWith('=>', skipSpaces(text, close + 1)) || followsFunctionKeyword(text, open));
  return { end: close, isParameterList };
}

/** `function (`, `function name(`, `function* name (`: the `(` at `open` opens a function's parameters. */
function followsFunctionKeyword(text: string, open: number): boolean {
  const name = wordBefore(text, open);
  if (text.slice(name, wordEnd(text, name)) === 'function') return true;
  let at = name;
  while (at > 0 && (isSpace(text[at - 1]!) || text[at - 1] === '*')) at--;
  const keyword = wordBefore(text, at);
  return text.slice(keyword, at) === 'function';
}

/** Where the word ending at `end` (spaces before `end` skipped) starts; `end` itself when there is none. */
function wordBefore(text: string, end: number): number {
  let at = end;
  while (at > 0 && at > end - MAX_LIST && isSpace(text[at - 1]!)) at--;
  while (at > 0 && at > end - MAX_LIST && isIdentifierPart(text[at - 1])) at--;
  return at;
}

function wordEnd(text: string, start: number): number {
  let at = start;
  while (at < text.length && isIdentifierPart(text[at])) at++;
  return at;
}

/** How far back the words before a parameter list are read (`function name (`). */
const MAX_LIST = 256;

/** What a plain parameter list holds besides its brackets: names, commas, spaces. */
const PLAIN_PARAMETERS = /[\w$, \t]/;

function skipSpaces(text: string, from: number): number {
  let at = from;
  while (at < text.length && (text[at] === ' ' || text[at] === '\t')) at++;
  return at;
}

/** After a variable that literalPort reads through: the argument's or property's end, a `!`, a closing bracket. */
const ENDS_NAME = new Set([',', ')', '}', ';', '!', '\n', '\r']);

const isDigit = (char: string): boolean => char >= '0' && char <= '9';

const QUOTES = new Set(["'", '"', '`']);

/**
 * `port` as a key (`port:`, which a type annotation also is), in a string (`'port'`, a quoted key or
 * `set('port', …)`), or as a shorthand property (`{ port }`, `{ a, port = 1 }`) where some `port` is
 * declared with a literal.
 */
function mayNamePortOption(text: string, mayBeLiteralPort: (text: string, start: number) => boolean): boolean {
  let declared: boolean | undefined;
  for (const at of identifierAt(text, 'port')) {
    if (QUOTES.has(text[at - 1]!)) return true;
    const next = skipTrivia(text, at + 'port'.length);
    if (next < 0) return true;
    if (text[next] === ':') {
      if (mayBeLiteralPort(text, skipTrivia(text, next + 1))) return true;
      continue;
    }
    if (!isShorthand(text, at, next)) continue;
    declared ??= declaresPortLiteral(text);
    if (declared) return true;
  }
  return false;
}

/** `port` followed by `,` or `}`, or by `=` after `{` or `,` (a shorthand with a default). */
function isShorthand(text: string, at: number, next: number): boolean {
  const char = text[next];
  if (char === ',' || char === '}') return true;
  if (char !== '=' || text[next + 1] === '=' || text[next + 1] === '>') return false;
  let before = at - 1;
  while (before >= 0 && isSpace(text[before]!)) before--;
  return before < 0 || text[before] === '{' || text[before] === ',' || text[before] === '/';
}

/** `port = 3000`, `port = ('8080')`, `` port = `80` ``: a declaration whose value may be a port literal. */
function declaresPortLiteral(text: string): boolean {
  return declaresLiteral(text, 'port');
}

/**
 * `name = 3000`, `name = ('8080')`, `` name = `80` ``, `name: number = 3000`: a declaration of
 * `name` whose value may be a literal. A type annotation is skipped up to its `=` on the same line.
 */
function declaresLiteral(text: string, name: string): boolean {
  for (const at of identifierAt(text, name)) {
    let equals = skipTrivia(text, at + name.length);
    if (equals < 0) return true;
    if (text[equals] === ':') equals = annotationEnd(text, equals + 1);
    if (equals < 0) return true;
    if (text[equals] !== '=' || text[equals + 1] === '=' || text[equals + 1] === '>') continue;
    let value = skipTrivia(text, equals + 1);
    while (value >= 0 && text[value] === '(') value = skipTrivia(text, value + 1);
    if (value < 0 || mayStartPortLiteral(text, value)) return true;
  }
  return false;
}

/**
 * A number, or a string of one to five digits (portValue's test), at `at`: `t = "…"` in a bundle
 * declares no port. A string with an escape or a line break, or that never closes, counts.
 */
function mayStartPortLiteral(text: string, at: number): boolean {
  const char = text[at]!;
  if (isDigit(char)) return true;
  if (!QUOTES.has(char)) return false;
  const close = text.indexOf(char, at + 1);
  if (close < 0) return true;
  // Escapes and line breaks make the value differ from the text; an escape shortens it at most sixfold.
  const content = text.slice(at + 1, Math.min(close, at + 64));
  return /[\\\r\n\u2028\u2029]/.test(content) || /^[0-9]{1,5}$/.test(content);
}

/** The `=` after a type annotation starting at `from` (`number`, `string | number`), on its line; where the annotation stops otherwise. */
function annotationEnd(text: string, from: number): number {
  let at = from;
  while (at < text.length && at < from + 100 && /[\w$ \t|<>\[\].'"]/.test(text[at]!)) at++;
  return at;
}
