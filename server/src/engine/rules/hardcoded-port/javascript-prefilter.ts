// Whether a JS/TS file can hold a finding of hardcoded-port, read without parsing. The check reads a
// port only as a `.listen(…)` argument, a `port` option of a server's options object (`{ port: 3000 }`,
// `{ port }`) or express's `set('port', …)` (javascript-servers.ts); a shorthand `{ port }` is a
// literal only through a `port = <literal>` declaration (javascript-literals.ts). So `const port =
// url.port`, `connection.listen()` and `host + ':' + port` hold none, and those are most of the
// `port` and `listen` words in library code.
import { identifierAt, isSpace, mayCallMethodWithArgument, skipTrivia, type PrefilterInput } from '../../prefilter';

export function mayReport({ text }: PrefilterInput): boolean {
  return mayCallMethodWithArgument(text, 'listen') || mayNamePortOption(text);
}

const QUOTES = new Set(["'", '"', '`']);

/**
 * `port` as a key (`port:`, which a type annotation also is), in a string (`'port'`, a quoted key or
 * `set('port', …)`), or as a shorthand property (`{ port }`, `{ a, port = 1 }`) where some `port` is
 * declared with a literal.
 */
function mayNamePortOption(text: string): boolean {
  let declared: boolean | undefined;
  for (const at of identifierAt(text, 'port')) {
    if (QUOTES.has(text[at - 1]!)) return true;
    const next = skipTrivia(text, at + 'port'.length);
    if (next < 0 || text[next] === ':') return true;
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
  for (const at of identifierAt(text, 'port')) {
    const equals = skipTrivia(text, at + 'port'.length);
    if (equals < 0) return true;
    if (text[equals] !== '=' || text[equals + 1] === '=' || text[equals + 1] === '>') continue;
    let value = skipTrivia(text, equals + 1);
    while (value >= 0 && text[value] === '(') value = skipTrivia(text, value + 1);
    if (value < 0 || QUOTES.has(text[value]!) || /[0-9]/.test(text[value] ?? '')) return true;
  }
  return false;
}
