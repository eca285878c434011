// Whether a JS/TS file can hold a finding of hardcoded-credential, read without parsing. A token
// format, a URL password or a secret-taking API is found as before; a credential NAME counts only
// where a literal can be its value (javascript-targets.ts): the name ends there (`token.type` is
// named `type`), and after it, its closing quote or bracket, a call's arguments and comments, comes
// `=`, `:`, `||`, `??`, `==` or `!=` and then, before the next `,` `;` or closing bracket, a quote,
// a backtick or a long number. `token: CancellationToken`, `if (token && token.ready)` and
// `@param token the token to check` hold none, and those are most of the names in library code.
import { findUrlPasswords, mayHoldToken } from '../../secrets';
import { candidateRuns, mayEndCredentialNameAt, mayNameCredential } from '../../secrets/names';
import { isAsciiAlnum, isIdentifierPart, isSpace, onCommentLine, skipTrivia, type PrefilterInput } from '../../prefilter';
import { mayCallSecretApi } from './javascript-apis';
import { CLIENT_TOKEN_ARGUMENT } from './javascript-clients';

/** Every finding is a named value, a secret-taking API, a URL password or a token format (cheapest test first). */
export function mayReport({ text, lowered }: PrefilterInput): boolean {
  return mayBindCredentialName(text) || mayCallSecretApi(lowered) || findUrlPasswords(text).length > 0 || mayHoldToken(text, lowered) || CLIENT_TOKEN_ARGUMENT.test(text);
}

/** Some credential name with a literal after it, or a literal compared with a name (`'x' === password`). */
export function mayBindCredentialName(text: string): boolean {
  // The shape first: it is a few character tests, the words' reading is not.
  for (const [start, end] of candidateRuns(text)) if (valueMayFollow(text, end) && mayEndCredentialNameAt(text, start, end)) return true;
  return LITERAL_BEFORE_EQUALITY.test(text) && mayNameCredential(text);
}

/**
 * A string literal (or the end of a comment) right before `==`/`!=`, with closing brackets or
 * a cast between (`('x' as string) ===`), or an equality that opens a line (a line comment may end
 * the line before): the literal side of `'x' === password`.
 */
const LITERAL_BEFORE_EQUALITY = /(?:['"`]|\*\/)[\s)\]}]*(?:(?:as|satisfies)\s[^;,{}()\n=!'"`]*)?[!=]=|^[^\S\r\n\u2028\u2029]*[!=]=/m;

/** Past this many characters a scan stops proving anything (and keeps the file). */
const MAX_SCAN = 2000;

const QUOTES = new Set(["'", '"', '`']);

/** Whether the name ending at `end` is one that a literal may be the value of. */
export function valueMayFollow(text: string, end: number): boolean {
  if (nameGoesOn(text, end)) return false;
  const tail = skipNameTail(text, end);
  if (tail !== 'unsure') {
    const value = afterLink(text, tail.at, tail.quoted && opensArgument(text, end));
    if (value < 0 || !literalAhead(text, value)) return false;
  }
  return !onCommentLine(text, end);
}

/**
 * The name has more words after this one (`API_TOKEN_VALUE`, `token.type`, `token?.type`,
 * `'auth-token-id'`), so its last word is another, which is checked on its own.
 */
function nameGoesOn(text: string, end: number): boolean {
  let at = endOfName(text, end);
  if (text[at] === '?' || text[at] === '!') at++;
  if (text[at] === '.') at++;
  return at < text.length && isAsciiAlnum(text.charCodeAt(at));
}

/** Past the characters after a name's last word that add no word to it: `token_`, `passwordñ`, `key-`. */
function endOfName(text: string, from: number): number {
  let at = from;
  while (at < text.length && !isAsciiAlnum(text.charCodeAt(at)) && (isIdentifierPart(text[at]) || text[at] === '-')) at++;
  return at;
}

const CAST = /^(?:as|satisfies)(?![\p{ID_Continue}$])/u;

/** Characters that end a quoted key's search for its closing quote: code, not the key's text. */
const NOT_IN_KEY = new Set([';', ',', '(', ')', '{', '}', '[', ']', '=', ':', '|', '&', '\n']);

/**
 * Skips what can stand between a name and the operator that gives it a value: the rest of a quoted
 * key and its closing quote, `]` and `)`, `!`, `?` before `:`, a call's arguments, comments.
 * `quoted`: the name was inside a string (`'Authorization'`), whose value may follow a comma.
 */
function skipNameTail(text: string, from: number): { at: number; quoted: boolean } | 'unsure' {
  let at = endOfName(text, from);
  let quoted = false;
  for (let steps = 0; steps < 64; steps++) {
    at = skipTrivia(text, at);
    if (at < 0) return 'unsure';
    const char = text[at];
    if (char === undefined) return { at, quoted };
    if (CAST.test(text.slice(at, at + 10))) return 'unsure'; // `(options.password as string) || '…'`
    if (char === '(') {
      at = closingParen(text, at);
      if (at < 0) return 'unsure';
    } else if (char === '?' && text[at + 1] !== ':') return { at, quoted };
    else if (QUOTES.has(char)) quoted = true;
    else if (char !== ']' && char !== ')' && char !== '!' && char !== '?') {
      // `'password?': …`, `'api key#2': …`: the rest of a quoted key, up to its closing quote.
      const quote = quoted || LINK_START.has(char) ? -1 : closingQuote(text, at);
      if (quote < 0) return { at, quoted };
      at = quote;
      quoted = true;
    }
    at++;
  }
  return 'unsure';
}

/** The next quote on this line, when only key text can stand before it; -1 otherwise. */
function closingQuote(text: string, from: number): number {
  for (let at = from; at < text.length && at < from + 200; at++) {
    const char = text[at]!;
    if (QUOTES.has(char)) return at;
    if (NOT_IN_KEY.has(char)) return -1;
  }
  return -1;
}

/** The `)` closing the `(` at `open`, strings and comments skipped; -1 when it cannot be told (a regex, a template). */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let at = open; at < text.length && at < open + MAX_SCAN; at++) {
    const char = text[at]!;
    if (char === '/' || char === '`') return -1;
    if (char === "'" || char === '"') {
      at = stringEnd(text, at);
      if (at < 0) return -1;
    } else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return at;
  }
  return -1;
}

/** The closing quote of the '…' or "…" string opening at `open`; -1 when the line ends first. */
function stringEnd(text: string, open: number): number {
  const quote = text[open];
  for (let at = open + 1; at < text.length; at++) {
    const char = text[at];
    if (char === '\\') at++;
    else if (char === quote) return at;
    else if (char === '\n' || char === '\r') return -1;
  }
  return -1;
}

/** `set('Authorization', 'x')`, `env('JWT_SECRET', 'x')`: the string the name is in opens an argument list. */
function opensArgument(text: string, nameEnd: number): boolean {
  const lineStart = text.lastIndexOf('\n', nameEnd - 1) + 1;
  let quote = nameEnd - 1;
  while (quote >= lineStart && !QUOTES.has(text[quote]!)) quote--;
  let before = quote - 1;
  while (before >= lineStart && isSpace(text[before]!)) before--;
  return quote < lineStart || before < lineStart || text[before] === '(' || text[before] === '/';
}

/** First characters of the operators that link a name to its value. */
const LINK_START = new Set(['=', ':', '|', '?', '!', ',']);

/**
 * Where the value starts, after the operator that links the name to it (`=`, `:`, `||`, `??`,
 * `==`, `!=`, and `,` after a quoted name that opens an argument list); -1 for no such operator
 * (`=>`, `&&`, `+`, `(`, `[`, `.`, a word). A comment before the value is skipped by the caller.
 */
function afterLink(text: string, at: number, commaLinks: boolean): number {
  const two = text.slice(at, at + 2);
  if (two === '=>') return -1;
  if (two === '||' || two === '??' || two === '==' || two === '!=') return at + 2;
  if (text[at] === '=' || text[at] === ':') return at + 1;
  if (text[at] === ',' && commaLinks) return at + 1;
  return -1;
}

/**
 * Whether a literal stands in the expression from `from` up to where no value of the name can
 * reach: a `,` or `;` outside brackets, a bracket closing one opened before, `=>`, or a `{` that
 * opens a block. A `/` may open a regex (which may hide a quote), so it counts as a literal too.
 */
function literalAhead(text: string, from: number): boolean {
  let depth = 0;
  // `Map<string, string>` in a type annotation: its comma ends nothing.
  let angles = 0;
  let previous = '';
  for (let at = from; at < text.length && at < from + MAX_SCAN; at++) {
    const char = text[at]!;
    if (isSpace(char)) continue;
    if (char === '/') {
      if (text[at - 1] === '*') return false; // `*/`: the name was in a block comment
      const next = skipTrivia(text, at);
      if (next < 0 || next === at) return true;
      at = next - 1;
      continue;
    }
    if (QUOTES.has(char) || startsLongNumber(text, at)) return true;
    if (char === '(' || char === '[') depth++;
    else if (char === '{') {
      if (depth === 0 && !OPENS_OBJECT_AFTER.has(previous)) return false;
      depth++;
    } else if (char === ')' || char === ']' || char === '}') {
      if (depth === 0) return false;
      depth--;
    } else if (char === '<' && isIdentifierPart(previous)) angles++;
    else if (char === '>' && angles > 0 && previous !== '=') angles--;
    else if ((char === ',' || char === ';') && depth === 0 && angles === 0) return false;
    else if (char === '=' && text[at + 1] === '>' && depth === 0 && angles === 0) return false;
    previous = char;
  }
  return text.length > from + MAX_SCAN;
}

/** After these (or at the start), `{` opens an object literal (a value), not a block or a class body. */
const OPENS_OBJECT_AFTER = new Set(['', '=', ':', '?', '|', '&', ',', '(', '[']);

/** `password: 6742530`: six digits or more (a numeric password), not a digit inside a name. */
function startsLongNumber(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 48 || code > 57 || isIdentifierPart(text[at - 1])) return false;
  const digits = /^[\d_]*/.exec(text.slice(at, at + 64))![0].replace(/_/g, '');
  return digits.length >= 6;
}
