// Whether a JS/TS file can hold a finding of hardcoded-credential, read without parsing. A token
// format, a URL password or a secret-taking API is found as before; a credential NAME counts only
// where a literal can be its value (javascript-targets.ts): the name ends there (`token.type` is
// named `type`), and after it, its closing quote or bracket, a call's arguments and comments, comes
// `=`, `:`, `||`, `??`, `==` or `!=` and then, before the next `,` `;` or closing bracket, a quote,
// a backtick or a long number. `token: CancellationToken`, `if (token && token.ready)` and
// `@param token the token to check` hold none, and those are most of the names in library code.
import { findUrlPasswords, isNeverSecretLike, isStateWord, mayHoldToken, TOKEN_FORMATS, URL_PASSWORD_SLOT } from '../../secrets';
import { candidateRuns, isNoiseOnly, mayEndCredentialNameAt, mayNameCredential } from '../../secrets/names';
import { splitWords } from '../../secrets/words';
import { isAsciiAlnum, isIdentifierPart, isLineBreak, isSpace, mayEndInLineComment, mayOpenArgumentsAt, oncePerFile, onCommentLine, quotedStringEnd, skipTrivia, type PrefilterInput } from '../../prefilter';
import { mayCallSecretApi } from './javascript-apis';
import { mayPassClientToken } from './javascript-clients';
import { isStandInWord, isUnfilledTemplate } from './credential-value';
import { mayBeWordKey } from './sink-word-keys';
import { mayHoldDsn } from './javascript-dsn';
import { mayPassLiteralToOwnCredentialParameter } from './javascript-own-parameters';
import { PASSWORD_FIELD } from './target';

/** Every finding is a named value, a secret-taking API, a URL password or a token format (cheapest test first). */
export function mayReport(file: PrefilterInput): boolean {
  const { text } = file;
  return mayBindCredentialName(text) || mayCallSecretApiIn(file) || findUrlPasswords(text).length > 0 || URL_PASSWORD_SLOT.test(text) || mayHoldTokenIn(file) || mayPassClientToken(text) || mayTypePassword(text) || mayKeyBesideUser(text) || BASIC_ENCODED.test(text) || SECURE_STRING.test(text) || DIRECTORY_BIND.test(text) || APPROLE_SECRET_ID.test(text) || BOUND_LITERAL.test(text) || PASSWORD_SIGN_IN_CALL.test(text) || LOGIN_CALL.test(text) || mayListCredentialHeader(text) || mayRunCommands(text) || mayReturnCredential(text) || mayKeyEntries(text) || mayHoldDsn(file) || mayPassLiteralToOwnCredentialParameter(text) || EXPRESS_SECRET_SETTING.test(text);
}

/**
 * mayHoldToken on the whole file, each whole-text regex it runs (the formats no keyword announces: a seed
 * phrase, a Mailgun or Ably key) answered once per file: the checks' `patterns` (CREDENTIAL_PATTERNS) are
 * the same objects, asked of the same text by every check whose keywords the file lacks.
 */
export function mayHoldTokenIn(file: PrefilterInput): boolean {
  return oncePerFile(file, mayHoldTokenIn, () => mayHoldToken(file.text, file.lowered, TOKEN_FORMATS, (regex) => oncePerFile(file, regex, () => regex.test(file.text))));
}

/**
 * A command run from child_process, execa, zx, Bun or Deno with a flag in the file (javascript-commands.ts):
 * `spawn('sshpass', ['-p', '…'])`, $`mysql -p…`. Flags alone are in most files; a runner module is rare.
 */
export function mayRunCommands(text: string): boolean {
  return COMMAND_RUNNER.test(text) && (PASSWORD_COMMAND.test(text) || COMMAND_CREDENTIAL.some((shape) => shape.test(text)));
}

// zx's and Bun's $`…` where a statement or an argument starts, not a template's own `…$` before its closing tick.
const COMMAND_RUNNER = /child_process|['"](?:execa|zx|bun)['"]|Bun\.spawn|Deno\.(?:Command|run)\b|(?:^|[\s(=,;!&|?:])\$`/;

/**
 * The check's pattern for a file with no credential word: a command that takes a password under a flag
 * of no such word (`sshpass -p`, `redis-cli -a`, `mysql -p…`, `lftp -u`, `smbclient -U`, `curl -u`, `docker
 * login -p`). A runner module alone is in every build tool (tsx, esbuild's wrappers): too common to parse for.
 */
export const PASSWORD_COMMAND = /(?<![\w-])(?:sshpass|redis-cli|mysql(?:dump|admin|import)?|mariadb(?:-dump)?|lftp|smbclient|curl|wget|login)(?![\w-])/;
/**
 * What else a command may carry a secret in (config-shell-commands.ts): a flag named for it (`--password`,
 * `--auth-token`, keytool's `-storepass`, openssl's `-passin`), a header (`-H 'Authorization: …'`), a
 * variable set before the program (`PGPASSWORD=… psql`). A flag alone (`-f`) is in every CLI's code.
 */
const COMMAND_CREDENTIAL = [
  /['"`\s]-{1,2}[\w-]{0,20}(?:pass|token|secret|api-?key|auth|credential)/i,
  /['"`\s](?:authorization|x-api-key|api-key|private-token|x-auth-token):\s/i,
  /(?<![\w$])[A-Z_]{0,30}(?:PASSWORD|PASS|TOKEN|SECRET|KEY)=/,
];


/** `'x-honeycomb-team=…,…'`: a header list in one string (headerList.ts), a header named for a credential opening it or after a comma. */
function mayListCredentialHeader(text: string): boolean {
  for (const match of text.matchAll(HEADER_IN_LIST)) if (mayNameCredential(match[1]!)) return true;
  return false;
}

const HEADER_IN_LIST = /['"`,]\s?([A-Za-z][A-Za-z0-9]{0,40}(?:-[A-Za-z0-9]{1,40}){1,6}|[Aa]uthorization)=/g;

/** mayCallSecretApi, asked by this check and javascript-later-uses.ts of the same file. */
export function mayCallSecretApiIn(file: PrefilterInput): boolean {
  return oncePerFile(file, mayCallSecretApi, () => mayCallSecretApi(file.lowered));
}

/**
 * `get webhookSecret() { return '…' }`, `const apiKey = () => '…'`, `getToken(): string { return '…' }`: a function
 * that takes nothing and returns a literal, whose name (read back from its empty parameters) may be a credential's
 * (javascript-returns.ts).
 */
function mayReturnCredential(text: string): boolean {
  for (const match of text.matchAll(RETURNS_LITERAL)) {
    if (mayNameCredential(nameBefore(text, match.index))) return true;
  }
  return false;
}

const RETURNS_LITERAL = /\(\s*\)\s*(?::\s*string\s*)?(?:\{\s*return\s*|=>\s*)['"`]/g;

/** The name just before `()`: `webhookSecret`, `apiKey = `, `apiKey: async function`; read back, a bounded way. */
function nameBefore(text: string, open: number): string {
  let end = open;
  for (const skipped of ['function', 'async', '=', ':']) {
    const at = skipSpacesBack(text, end);
    end = text.endsWith(skipped, at) ? at - skipped.length : end;
  }
  end = skipSpacesBack(text, end);
  let start = end;
  while (start > 0 && end - start < 60 && isIdentifierPart(text[start - 1])) start--;
  return text.slice(start, end);
}

function skipSpacesBack(text: string, from: number): number {
  let at = from;
  while (at > 0 && from - at < 20 && isSpace(text[at - 1]!)) at--;
  return at;
}

/**
 * `PARTNER_KEYS = new Map([['dhl', '…']])`, `new Headers([['Authorization', …]])`, `Object.defineProperty(o, 'apiKey',
 * { value: '…' })` (javascript-entries.ts): a builder of entry pairs with a credential's name near it (its owner's or a
 * key's, in bounded slices around it), or a property defined under a credential's name.
 */
function mayKeyEntries(text: string): boolean {
  for (const match of text.matchAll(ENTRY_BUILDER)) {
    if (mayNameCredential(text.slice(Math.max(0, match.index - 60), match.index + match[0].length + 400))) return true;
  }
  for (const match of text.matchAll(DEFINED_PROPERTY)) {
    const name = match[2]!;
    if ((name.includes('\\') || mayNameCredential(name)) && mayDescribeValue(text, match.index + match[0].length)) return true;
  }
  return false;
}

/**
 * Whether the descriptor after a defined property's name may hold a `value` key (javascript-entries.ts reads the literal
 * under `value` of an object literal standing as the third argument): a compiled TS module's re-exports,
 * `Object.defineProperty(exports, "CancellationToken", { enumerable: true, get: function () { … } })`, hold none.
 */
function mayDescribeValue(text: string, afterName: number): boolean {
  const comma = skipTrivia(text, afterName);
  if (comma < 0) return true;
  if (text[comma] !== ',') return false;
  const open = skipTrivia(text, comma + 1);
  if (open < 0) return true;
  if (text[open] !== '{') return false;
  const close = matchingBracket(text, open);
  if (close < 0) return true;
  const descriptor = text.slice(open, close);
  // An escape may spell `value` (`\u0076alue`).
  return descriptor.includes('value') || descriptor.includes('\\');
}

const ENTRY_BUILDER = /(?:new\s(?:Map|Headers|URLSearchParams)|Object\.fromEntries)\(\s{0,20}\[\s{0,20}\[/g;
// The name as the string holds it, any characters but a line break (`'contraseña_password'`, `'db password'`); one with an escape counts.
const DEFINED_PROPERTY = /(?:Object|Reflect)\.defineProperty\(\s{0,20}[\w$.]{1,100}\s{0,20},\s{0,20}(['"`])((?:(?!\1)[^\r\n]){1,60})\1/g;

/** Firebase's `signInWithEmailAndPassword(…)`, Meteor's `loginWithPassword(…)` (userPasswordTarget): the call names the password. */
const PASSWORD_SIGN_IN_CALL = /(?:WithEmailAndPassword|[lL]oginWithPassword|signInWithPassword)\s*\(/;

/** A client's `conn.login(user, '…')`, `client.auth('…')` (userPasswordTarget): a literal among its first two arguments. */
const LOGIN_CALL = /\.(?:login|auth)\(\s{0,10}(?:[\w$.]{1,100}\s{0,10},\s{0,10})?['"`]/;

/** `app.bind(Keys.TOKEN_SECRET).to('…')`, `container.bind<string>(TYPES.JwtSecret).toConstantValue('…')` (boundValueTarget). */
const BOUND_LITERAL = /\.bind(?:<[\w\s,]{0,40}>)?\(\s{0,10}[\w$.'"]{1,200}\s{0,10}\)\s{0,10}\.(?:to|toConstantValue)\(\s{0,10}['"`]/;

/** ldapjs' `client.bind('cn=…,dc=…', '…')` (directoryBindTarget): a distinguished name opens the call. */
const DIRECTORY_BIND = /\.bind\(\s*['"`][A-Za-z]+=[^'"`,=]+,/;

/** Vault's AppRole `{ role_id, secret_id: '…' }` (secretIdBesideRoleId). */
const APPROLE_SECRET_ID = /(?<![\w$])(?:secret_id|secretId)['"]?\s*:\s*['"`]/;

/** Express' `app.set('superSecret', 'secret')`: a word there is the key `app.get('superSecret')` signs with (template-signing-keys.ts). */
const EXPRESS_SECRET_SETTING = /(?<![\w$])(?:app|server)\.set\(\s{0,4}['"]\w{0,40}[Ss]ecret\w{0,40}['"]\s{0,4},\s{0,4}['"]/;

/** An SSM parameter typed SecureString (secureStringValue): its `value` literal is a secret. */
const SECURE_STRING = /SecureString/;

/** `btoa('user:password')`, `Buffer.from('user:password')`: a Basic credential encoded by hand (basicEncodedTarget). */
const BASIC_ENCODED = /(?:btoa|Buffer\.from)\(\s*['"`][^'"`\s:]+:[^'"`\s]+['"`]/;

/** A literal `key:`/`accessKey:` and a `user:` property in one file: `{ user: 'qa', key: '…' }` (accessKeyBesideUser). */
function mayKeyBesideUser(text: string): boolean {
  return KEY_LITERAL.test(text) && USER_PROPERTY.test(text);
}

const KEY_LITERAL = /(?<![\w$])(?:key|accessKey|access_key)['"]?\s*:\s*['"`]/;
const USER_PROPERTY = /(?<![\w$])(?:user|username|userName)['"]?\s*:/;

/** A typing call and a password field's selector in one file: `page.type('#password', '…')` (typedPasswordTarget). */
function mayTypePassword(text: string): boolean {
  return TYPING_CALL.test(text) && PASSWORD_FIELD.test(text);
}

const TYPING_CALL = /\.(?:type|fill|sendKeys)\s*\(/;

/** Some credential name with a literal after it, or a literal compared with a name (`'x' === password`). */
export function mayBindCredentialName(text: string): boolean {
  // The shape first: it is a few character tests, the words' reading is not.
  for (const [start, end] of candidateRuns(text)) {
    const past = pastNoiseWords(text, end);
    if ((valueMayFollow(text, past) || isSettingLine(text, start, past)) && mayEndCredentialNameAt(text, start, end)) return true;
  }
  return mayCompareLiteralWithName(text);
}

/**
 * `password: Vx8kLq2m…` as a line of a settings file in a multi-line template literal (json-body.ts): the name
 * opens its line, and after `:` or `=` one word of 8 characters or more with a digit in it ends the line, so
 * `token: string` and `password: password,` are none. A few character tests per credential word.
 */
function isSettingLine(text: string, start: number, end: number): boolean {
  let at = start;
  // Bounded walks back: a long run of name characters holding many credential words stays linear.
  while (at > 0 && start - at < 100 && SETTING_NAME.test(text[at - 1]!)) at--;
  if (text.startsWith('- ', at - 2)) at -= 2;
  while (at > 0 && start - at < 200 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  if (at > 0 && text[at - 1] !== '\n') return false;
  const value = SETTING_VALUE.exec(text.slice(end, end + 220));
  return value !== null && /\d/.test(value[1]!);
}

const SETTING_NAME = /[\w.-]/;
const SETTING_VALUE = /^[ \t]*[:=][ \t]*['"]?([^\s'"`{$(),;]{8,200})['"]?[ \t]*(?:\r?\n|$)/;

/**
 * Past the words after a name's last one that credentialName reads past (`API_KEY_2`, `api_key_v2`,
 * `DB_PASSWORD_VALUE`): the value follows them, not the credential word.
 */
function pastNoiseWords(text: string, end: number): number {
  let at = end;
  for (;;) {
    const next = endOfName(text, at);
    let runEnd = next;
    while (runEnd < text.length && isAsciiAlnum(text.charCodeAt(runEnd))) runEnd++;
    if (next === at || runEnd === next || !isNoiseOnly(splitWords(text.slice(next, runEnd)))) return at;
    at = runEnd;
  }
}

/**
 * `'x' === password`, `('x' as string) !== user.apiKey`: the operand after the equality may name a
 * credential (javascript-targets.ts reads it with dottedName). `'object' == typeof e` names none, nor
 * does an operand that opens with a string or a template (`'a' === "b".x`): dottedName reads no name
 * off a literal. That also passes an operator quoted as a string, `new _Code("===")` (ajv's code
 * generator), whose next quote is lines away.
 */
function mayCompareLiteralWithName(text: string): boolean {
  for (const match of equalitiesAfterLiterals(text)) {
    let from = match.index + match[0].length;
    if (text[from] === '=') from++;
    const start = skipTrivia(text, from);
    if (start >= 0 && (QUOTES.has(text[start]!) || NOT_A_NAME.test(text.slice(start, start + 7)))) continue;
    const operand = operandAfter(text, from);
    if (operand === 'unsure' || mayNameCredential(operand)) return true;
  }
  return false;
}

/** An operand that starts so is no dotted name (`typeof key`, `!token`, `new Key()`, `await getToken()`). */
const NOT_A_NAME = /^(?:[!~+-]|(?:typeof|void|delete|await|new|yield)(?![\p{ID_Continue}$]))/u;

/** Where an operand that dottedName can read ends: an operator that binds less tightly, `,`, `;`, a brace. */
const OPERAND_ENDS = new Set([';', ',', '{', '}', '&', '|', '?', ':', '=', '+', '-', '*', '%', '^', '~']);

/**
 * The text of the operand starting at `from`, brackets and strings inside it included; 'unsure'
 * when a template, an unclosed comment or string, or its length (MAX_SCAN) stops the reading.
 */
function operandAfter(text: string, from: number): string | 'unsure' {
  let depth = 0;
  for (let at = from; at < text.length; at++) {
    if (at >= from + MAX_SCAN) return 'unsure';
    const char = text[at]!;
    if (char === '/') {
      const next = skipTrivia(text, at);
      if (next < 0) return 'unsure';
      if (next === at) return text.slice(from, at);
      at = next - 1;
    } else if (char === "'" || char === '"') {
      at = quotedStringEnd(text, at);
      if (at < 0) return 'unsure';
    } else if (char === '`') return 'unsure';
    else if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') {
      if (depth === 0) return text.slice(from, at);
      depth--;
    } else if (depth === 0 && OPERAND_ENDS.has(char) && !(char === '?' && text[at + 1] === '.')) return text.slice(from, at);
  }
  return text.slice(from);
}

/**
 * A string literal (or the end of a comment) right before `==`/`!=`, with closing brackets or
 * a cast between (`('x' as string) ===`), or an equality that opens a line (a line comment may end
 * the line before): the literal side of `'x' === password`. Two regexes, not one alternation: the
 * second is found from its `==` (a `^` alternative is tried at every character); each match ends at
 * its `==` and no match of one can hide a match of the other, so the ends read are the same.
 */
export function* equalitiesAfterLiterals(text: string): Generator<RegExpExecArray> {
  yield* text.matchAll(LITERAL_BEFORE_EQUALITY_ALL);
  yield* text.matchAll(EQUALITY_OPENING_LINE_ALL);
}

const LITERAL_BEFORE_EQUALITY_ALL = /(?:['"`]|\*\/)[\s)\]}]*(?:(?:as|satisfies)\s[^;,{}()\n=!'"`]*)?[!=]=/g;
/** `^[^\S\r\n\u2028\u2029]*[!=]=` with the `m` flag, read back from the `==`: only blanks between it and the line's start. */
const EQUALITY_OPENING_LINE_ALL = /[!=]=(?<=(?:^|[\n\r\u2028\u2029])[^\S\r\n\u2028\u2029]*[!=]=)/g;

/** Past this many characters a scan stops proving anything (and keeps the file). */
const MAX_SCAN = 2000;

const QUOTES = new Set(["'", '"', '`']);

/** Whether the name ending at `end` is one that a literal may be the value of. */
export function valueMayFollow(text: string, end: number): boolean {
  if (nameGoesOn(text, end)) return false;
  const tail = skipNameTail(text, end);
  if (tail !== 'unsure') {
    const commaLinks = tail.quoted && opensArgument(text, end);
    const value = afterLink(text, tail.at, commaLinks);
    if (value < 0) return false;
    const starts = commaLinks && text[tail.at] === ',' ? namedArgumentStarts(text, end, value) : [value];
    const compared = isEquality(text, tail.at);
    const listed = LISTS_CREDENTIALS.test(text.slice(Math.max(0, end - 11), end));
    if (!starts.some((start) => literalAhead(text, start, compared, listed))) return false;
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
      at = matchingBracket(text, at);
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

/** Closing brackets by opening bracket, for matchingBracket. */
const CLOSER_OF: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };
const CLOSERS = new Set([')', ']', '}']);

/**
 * The bracket closing the one at `open`, every kind of bracket counted and strings and templates
 * skipped; -1 when it cannot be told: a `/` (a comment or a regex), a template templateEnd cannot
 * follow, an unclosed string, a closer of the wrong kind, or nothing within MAX_SCAN. Callers read
 * -1 as "keep the file", so a stricter answer here can only let more files through.
 */
function matchingBracket(text: string, open: number): number {
  const expected: string[] = [];
  for (let at = open; at < text.length && at < open + MAX_SCAN; at++) {
    const char = text[at]!;
    if (char === '/') return -1;
    if (char === '`') {
      const end = templateEnd(text, at);
      if (end === -1) return -1;
      at = end.at - 1;
    } else if (char === "'" || char === '"') {
      at = quotedStringEnd(text, at);
      if (at < 0) return -1;
    } else if (CLOSER_OF[char] !== undefined) expected.push(CLOSER_OF[char]);
    else if (CLOSERS.has(char)) {
      if (expected.pop() !== char) return -1;
      if (expected.length === 0) return at;
    }
  }
  return -1;
}

/**
 * Where the arguments that a call's first argument (the string the name is in) names may start: the second
 * (`headers.set('Authorization', '…')`, `env('JWT_SECRET', '…')`), or for commander's and yargs' option
 * declarations the third, the default (`.option('--token <token>', 'GitHub token', '…')`, javascript-cli-options.ts):
 * no target reads an option call's second argument by its first, and a call that ends after a plain string
 * there (`.option('--allow-secrets', 'Allow …')`) names none. Where the method cannot be read (`option /* x *\/ (`,
 * `(\n` after a line that may end in a comment, `program['option'](`), both.
 */
function namedArgumentStarts(text: string, nameEnd: number, second: number): number[] {
  const quote = openingQuoteBefore(text, nameEnd);
  const method = quote < 0 ? undefined : methodCalledAt(text, quote);
  if (method !== undefined && !OPTION_METHODS.has(method)) return [second];
  const third = thirdArgumentStart(text, second);
  if (method === undefined) return third === undefined || third < 0 ? [second] : [second, third];
  return third === undefined ? [second] : third < 0 ? [] : [third];
}

/**
 * Past a second argument that is a plain string ('…' or "…", closed on its line): where the third starts, or -1 when
 * the call ends there; undefined when the second is anything else (its value then cannot be read so).
 */
function thirdArgumentStart(text: string, second: number): number | undefined {
  const open = skipTrivia(text, second);
  if (open < 0 || (text[open] !== "'" && text[open] !== '"')) return undefined;
  const close = quotedStringEnd(text, open);
  const next = close < 0 ? -1 : skipTrivia(text, close + 1);
  if (next < 0) return undefined;
  if (text[next] === ')') return -1;
  return text[next] === ',' ? next + 1 : undefined;
}

/** commander's and yargs' option declarations (javascript-cli-options.ts OPTION_METHODS). */
const OPTION_METHODS = new Set(['option', 'requiredOption', 'positional']);

/** The last quote before `nameEnd` on its line (the one opensArgument reads as the name's string's); -1 for none. */
function openingQuoteBefore(text: string, nameEnd: number): number {
  const lineStart = text.lastIndexOf('\n', nameEnd - 1) + 1;
  let quote = nameEnd - 1;
  while (quote >= lineStart && !QUOTES.has(text[quote]!)) quote--;
  return quote >= lineStart ? quote : -1;
}

/**
 * The word a call opening right before `at` calls (`option` in `program.option(`, `new Option (`, `env(`), past
 * whitespace and line breaks; undefined when it cannot be read: a line passed that may end in a `//` comment (its
 * `(` may be the comment's), something else before the `(` (a comment's end, `]`, `>`, `)`), a word past 40 characters,
 * 400 characters of whitespace.
 */
function methodCalledAt(text: string, at: number): string | undefined {
  let open = at - 1;
  while (open >= 0 && isSpace(text[open]!)) {
    // Bounded, as each credential word of the string reads back from its quote.
    if (at - open > 400 || (isLineBreak(text[open]!) && mayEndInLineComment(text, open))) return undefined;
    open--;
  }
  if (text[open] !== '(') return undefined;
  let end = open;
  while (end > 0 && isSpace(text[end - 1]!)) {
    if (open - end > 400 || isLineBreak(text[end - 1]!)) return undefined;
    end--;
  }
  let start = end;
  while (start > 0 && end - start <= 40 && isIdentifierPart(text[start - 1])) start--;
  const word = text.slice(start, end);
  return word.length === 0 || word.length > 40 || word.includes('\\') ? undefined : word;
}

/**
 * `set('Authorization', 'x')`, `env('JWT_SECRET', 'x')`: the string the name is in opens an argument
 * list (javascript-targets.ts reads a name only from a call's first argument). Before the string, past
 * spaces and line breaks, stands `(`, or a comment's end; a line passed on the way that may end in a
 * `//` comment, or a name in no string on its line, keeps the file. `["name", "key", "ref"]` opens none.
 */
function opensArgument(text: string, nameEnd: number): boolean {
  const quote = openingQuoteBefore(text, nameEnd);
  return quote < 0 || mayOpenArgumentsAt(text, quote);
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

/** A name in the plural whose object's entries are credentials (listedUnder in target.ts): `API_KEYS = { stripe: '…' }`. */
const LISTS_CREDENTIALS = /(?:secrets|tokens|keys|passwords|credentials)$/i;

/** `==`, `!=` (and `===`, `!==`) at `at`. */
function isEquality(text: string, at: number): boolean {
  return text[at + 1] === '=' && (text[at] === '=' || text[at] === '!');
}

/** After an equality, `&&`, `||`, `??`, `?` and `:` end the compared operand (a literal past them is not compared with the name). */
const COMPARED_OPERAND_ENDS = new Set(['&', '|', '?', ':']);

/**
 * Whether a literal stands in the expression from `from` up to where no value of the name can
 * reach: a `,` or `;` outside brackets, a bracket closing one opened before, `=>`, a `{` that
 * opens a block, and after an equality (`compared`) the operators that bind less tightly; an
 * object's literals only under a default key, or anywhere when the name `listed` credentials. A `/`
 * may open a regex (which may hide a quote), so it counts as a literal too.
 */
function literalAhead(text: string, from: number, compared: boolean, listed: boolean): boolean {
  let depth = 0;
  // `Map<string, string>` in a type annotation: its comma ends nothing.
  let angles = 0;
  // The link's own `||` or `??`: a literal right after an env read's fallback operator is its fallback (neverSecretStringEnd).
  let previous = text[from - 1] === '|' || text[from - 1] === '?' ? text[from - 1]! : '';
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
    if (char === '`') {
      // A template with `${…}` gives no name a value (javascript.ts reads only its tokens and URLs).
      const end = substitutedTemplateEnd(text, at);
      if (end < 0) return true;
      at = end - 1;
      previous = '`';
      continue;
    }
    if (char === "'" || char === '"') {
      // `credentials: 'same-origin'`, `key = ''`: a string no name makes a secret gives none.
      const end = neverSecretStringEnd(text, at, previous, compared);
      if (end < 0) return true;
      at = end;
      previous = '"';
      continue;
    }
    if (QUOTES.has(char) || startsLongNumber(text, at)) return true;
    if (char === '(' && isPlainCallee(text, at, previous)) {
      // A literal passed to a call is that call's argument, not the name's value (javascript-targets.ts).
      const close = plainArgumentsEnd(text, at);
      if (close < 0) return true;
      at = close;
      previous = ')';
      continue;
    }
    if (char === '(' || char === '[') depth++;
    else if (char === '{') {
      if (depth === 0 && !OPENS_OBJECT_AFTER.has(previous)) return false;
      // An object's literals are its keys' values; only a `default` key hands one to the name (javascript-objects.ts).
      const end = OPENS_OBJECT_AFTER.has(previous) && !listed ? objectEndWithoutDefault(text, at) : -1;
      if (end >= 0) {
        at = end;
        previous = '}';
        continue;
      }
      depth++;
    } else if (char === ')' || char === ']' || char === '}') {
      if (depth === 0) return false;
      depth--;
    } else if (char === '<' && isIdentifierPart(previous)) angles++;
    else if (char === '>' && angles > 0 && previous !== '=') angles--;
    else if ((char === ',' || char === ';') && depth === 0 && angles === 0) return false;
    else if (compared && depth === 0 && COMPARED_OPERAND_ENDS.has(char) && !(char === '?' && text[at + 1] === '.')) return false;
    else if (char === '=' && text[at + 1] === '>' && depth === 0 && angles === 0) return false;
    previous = char;
  }
  return text.length > from + MAX_SCAN;
}

/**
 * The closing quote of the string at `open` when the check can read nothing else from it: its value
 * is one isNeverSecretLike rejects whatever the name (not a template the app may use as is), or a
 * state word it is `compared` with, and it
 * stands alone, not joined to more text (`+`) nor read through (`.`, `[`). -1 otherwise, and for an
 * escape, whose cooked value the raw text does not show.
 */
function neverSecretStringEnd(text: string, open: number, previous: string, compared: boolean): number {
  if (previous === '+') return -1;
  // `process.env.APP_SECRET || 'default'`: a placeholder as an env read's fallback is what the app signs with when the
  // variable is unset (credential-value.ts isPlaceholderSigningFallback), so no word is never-secret there.
  if ((previous === '|' || previous === '?') && ENV_READ_BEFORE.test(text.slice(Math.max(0, open - 120), open))) return -1;
  const end = quotedStringEnd(text, open);
  if (end < 0) return -1;
  const value = text.slice(open + 1, end);
  // A stand-in word (`'demo'`) under a signing secret's name is its live key (credential-value.ts isStandInWord).
  if (value.includes('\\') || isUnfilledTemplate(value) || isStandInWord(value)) return -1;
  // `secretOrKey: 'Bearer'`, `jwtSecret: 'aaaa'`: the key as written (sink-word-keys.ts).
  if (mayBeWordKey(value)) return -1;
  // Compared with the name (`key === 'yarn'`), one plain word is a state (isSecretLikeValue's `comparison`).
  if (!isNeverSecretLike(value) && !(compared && isStateWord(value.trim()))) return -1;
  return standsAlone(text, end + 1) ? end : -1;
}

/**
 * An env read just before a fallback operator: `process.env.X ||`, `env['X'] ??`, `Deno.env.get('X') ||`, and an app's helper
 * named for one (`getFileEnv('X') ||`, javascript-targets.ts envHelperReadName).
 */
const ENV_READ_BEFORE = /(?:env(?:\.[A-Za-z_$][\w$]*|\[[^\]\n]{1,80}\]|\.get\([^)\n]{1,80}\))|[Ee]nv(?:Var|Variable)?\(\s*['"`][A-Z][A-Z0-9_]{1,80}['"`]\s*\))\s*(?:\|\||\?\?)\s*$/;

/** After a string, these end the operand it is: nothing joins text to it or reads through it. */
const ENDS_OPERAND = new Set([',', ';', ')', ']', '}', ':', '|', '&']);

/** Whether the code from `from` ends the operand just before it (or starts a statement of its own on a later line). */
function standsAlone(text: string, from: number): boolean {
  let at = from;
  let lineBroken = false;
  for (; at < text.length && isSpace(text[at]!); at++) if (isLineBreak(text[at]!)) lineBroken = true;
  const char = text[at];
  if (char === undefined || ENDS_OPERAND.has(char)) return true;
  if (char === '?') return text[at + 1] !== '.';
  if (CAST.test(text.slice(at, at + 10))) return true;
  // A new line that starts with a word or a string is a new statement; `.`, `+`, `(`, `[` go on.
  return lineBroken && (isIdentifierPart(char) || char === "'" || char === '"');
}

/**
 * Whether the `(` at `open` calls what a word right before it names, other than a method that
 * passes its argument through (PASSES_ARGUMENT_ON). A bracket, `>` or `.` before it may be such a
 * callee or a cast, and is not read as one.
 */
function isPlainCallee(text: string, open: number, previous: string): boolean {
  if (!isIdentifierPart(previous)) return false;
  let end = open;
  while (isSpace(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && isIdentifierPart(text[start - 1])) start--;
  const word = text.slice(start, end);
  return !PASSES_ARGUMENT_ON.has(word) && !word.includes('\\');
}

/**
 * Methods whose first argument target.ts's isTransparent reads through: `Buffer.from('…')`, `new TextEncoder().encode('…')`,
 * `JSON.stringify('…')`, the pure encoders (`encodeURIComponent('…')`); and a schema chain's `.default('…')` (zod, yup, joi), the name's fallback (schemaDefaultTarget).
 */
const PASSES_ARGUMENT_ON = new Set(['from', 'encode', 'stringify', 'default', 'encodeURIComponent', 'encodeURI', 'escape', 'btoa', 'String']);

/**
 * The `)` closing the argument list opening at `open` when no argument can give the name a value
 * through it; -1 when one may or it cannot be told: an object with a default key (`str({ default: '…' })`),
 * a template, a comment or regex, an unclosed string.
 */
function plainArgumentsEnd(text: string, open: number): number {
  let depth = 0;
  for (let at = open; at < text.length && at < open + MAX_SCAN; at++) {
    const char = text[at]!;
    if (char === '`' || char === '/') return -1;
    if (char === '{') {
      // An object argument's literals are its own keys' values (`oneof({ weight: 10 })`), unless a key is a default.
      at = objectEndWithoutDefault(text, at);
      if (at < 0) return -1;
    } else if (char === "'" || char === '"') {
      at = quotedStringEnd(text, at);
      if (at < 0) return -1;
    } else if (char === '(' || char === '[') depth++;
    else if ((char === ')' || char === ']') && --depth === 0) return char === ')' ? at : -1;
  }
  return -1;
}

/**
 * Past a template that holds a `${…}` (its expressions read only as far as braces and plain words go);
 * -1 for a template without one (a literal) or one that cannot be followed.
 */
function substitutedTemplateEnd(text: string, open: number): number {
  const end = templateEnd(text, open);
  return end !== -1 && end.substituted ? end.at : -1;
}

/** Past the template opening at `open`, and whether it holds a `${…}`; -1 when it cannot be followed (expressionEnd). */
function templateEnd(text: string, open: number): { at: number; substituted: boolean } | -1 {
  let substituted = false;
  for (let at = open + 1; at < text.length && at < open + MAX_SCAN; at++) {
    const char = text[at];
    if (char === '\\') at++;
    else if (char === '`') return { at: at + 1, substituted };
    else if (char === '$' && text[at + 1] === '{') {
      substituted = true;
      at = expressionEnd(text, at + 2);
      if (at < 0) return -1;
    }
  }
  return -1;
}

/** The `}` closing a template's `${` whose expression starts at `from`; -1 at a string, template, comment or regex. */
function expressionEnd(text: string, from: number): number {
  let depth = 0;
  for (let at = from; at < text.length && at < from + MAX_SCAN; at++) {
    const char = text[at]!;
    if (QUOTES.has(char) || char === '/') return -1;
    if (char === '{') depth++;
    else if (char === '}' && depth-- === 0) return at;
  }
  return -1;
}

/** Keys whose literal is the default of what owns the object (DEFAULT_KEYS in javascript-objects.ts), read loosely. */
const DEFAULT_WORD = /default|fallback/i;

/**
 * The `}` closing the object literal opening at `open` when no default key (`default`, `fallback`, …)
 * stands in it; -1 when one may or its end cannot be told (matchingBracket).
 */
function objectEndWithoutDefault(text: string, open: number): number {
  const end = matchingBracket(text, open);
  return end >= 0 && !DEFAULT_WORD.test(text.slice(open, end)) ? end : -1;
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
