// Whether a JS/TS file can hold a finding of memory-session-store, read lexically: session
// middleware and stores come from a module whose name says session (or memorystore), and
// module-level state counts only when the module declares a container at its top level
// (`const carts = new Map()`, `{}`, `[]`, `Object.create(null)`) and some function handles
// requests or a `store` option is written by hand.
import { hasFragment, hasIdentifier, identifierAt, isLineBreak, isSpace, mayEndInLineComment, moduleSpecifiers, onCommentLine, oncePerFile, quotedStringEnd, skipTrivia, type PrefilterInput } from '../../prefilter';
import { someTopLevel } from '../../prefilter-toplevel';
import { hasWord, ROUTE_METHODS, ROUTER_OBJECTS } from './javascript-handlers';
import { EXEMPT_WORDS, IN_MEMORY_CLASSES } from './state-words';


export function mayReport(file: PrefilterInput): boolean {
  const { text, lowered } = file;
  if (hasFragment(lowered, ['session', 'memorystore', 'yar']) && mayImportSessionModule(text)) return true;
  if (lowered.includes('multer') && mayImportMulter(text)) return true;
  // express-fileupload's `req.files.avatar.mv(path)`: the file's own method, whatever the file imports.
  if (lowered.includes('.mv(') && lowered.includes('.files')) return true;
  // A helper keyed by a session id (`pending.set(sessionId, …)`) writes session state with no handler in the file.
  const sessionKeyed = lowered.includes('session') || SID_WORD.test(text);
  const writer = hasIdentifier(text, ['store']) || sessionKeyed || mayHaveHandlerParameter(text) || (mayCallRouteMethodIn(file) && mayHaveRouter(text));
  return writer && mayWriteModuleContainer(text);
}

/**
 * `sid` as a word of a name, as wordsOf splits one (`sid`, `userSid`, `SESSION_SID`), not inside a
 * word (`side`, `inside`, `consider`): a bundle has those by the hundred.
 */
const SID_WORD = /(?<![A-Za-z0-9])sid(?![a-z0-9])|(?<![A-Z])(?:Sid(?![a-z0-9])|SID(?![A-Za-z0-9]))/;

/**
 * Every middleware and store the check knows is resolved from a module named `…session…`, `memorystore`,
 * `connect-sqlite3` or `connect-loki`, or from a framework that exports its own (grammY, Telegraf, Remix, React Router), or hapi's yar.
 */
function mayImportSessionModule(text: string): boolean {
  const specifiers = moduleSpecifiers(text);
  return specifiers === 'unsure' || specifiers.some((specifier) => SESSION_MODULE.test(specifier));
}

const SESSION_MODULE = /session|memorystore|connect-sqlite3|connect-loki|^grammy$|^telegraf$|^@remix-run\/|^@react-router\/|^react-router$|^(?:@hapi\/)?yar$/i;

/** Uploads on disk come from a module named `…multer…` (multer, @koa/multer, fastify-multer). */
function mayImportMulter(text: string): boolean {
  const specifiers = moduleSpecifiers(text);
  return specifiers === 'unsure' || specifiers.some((specifier) => specifier.includes('multer'));
}

/** A handler parameter (HANDLER_PARAMS), `_req` included: the check strips leading underscores. */
const HANDLER_PARAMETER = /(?<![\w$])_*(?:req|request|ctx|reply)(?![\w$])/g;

/**
 * `(req, res) => …`, `function (ctx) {`, `handle({ request }): void {`, `req => …`: a handler
 * parameter name inside parentheses that a `=>`, `{` or `:` follows (an `if (req) {` too), or before
 * `=>`. A member (`x.req`), a declaration (`const ctx = …`) or a call's argument (`f(a, ctx);`) is none.
 */
export function mayHaveHandlerParameter(text: string): boolean {
  for (const match of text.matchAll(HANDLER_PARAMETER)) {
    const start = match.index;
    // A comment's word (` * A request to resolve …`, `// the request's id`) is no parameter: libraries' doc comments say `request` often.
    if (text[start - 1] === '.' || DECLARES.has(wordOrCharBefore(text, start)) || onCommentLine(text, start)) continue;
    const after = skipTrivia(text, start + match[0].length);
    if (after < 0 || text.startsWith('=>', after)) return true;
    const close = closingParenOfList(text, after);
    if (close < 0) return true;
    if (close === Infinity) continue;
    const next = skipTrivia(text, close + 1);
    if (next < 0 || text[next] === '{' || text[next] === ':' || text.startsWith('=>', next)) return true;
  }
  return false;
}

const DECLARES = new Set(['const', 'let', 'var']);

/**
 * The `)` that closes the parentheses around `from`; Infinity when a `;` outside brackets comes first
 * (no parameter list holds `from`); -1 when it cannot be told (a string that does not close, a
 * template, a regex, a long way).
 */
function closingParenOfList(text: string, from: number): number {
  let depth = 0;
  for (let at = from; at < text.length && at < from + 1000; at++) {
    const char = text[at]!;
    if (char === "'" || char === '"') {
      at = quotedStringEnd(text, at);
      if (at < 0) return -1;
    } else if (char === '/') {
      const next = skipTrivia(text, at);
      if (next <= at) return -1;
      at = next - 1;
    } else if (char === '`') return -1;
    else if (char === '(' || char === '[' || char === '{') depth++;
    else if (char === ')') {
      if (depth === 0) return at;
      depth--;
    } else if (char === ']' || char === '}') {
      // Closing a destructuring pattern the name stands in: still inside the parameter list.
      if (depth > 0) depth--;
    } else if (char === ';' && depth === 0) return Infinity;
  }
  return -1;
}


/** ROUTE_METHODS (javascript-handlers.ts) as a whole word; a literal, so the linear-time test reads it. */
export const ROUTE_METHOD = /(?<![\w$])(?:get|post|put|patch|delete|del|all|use|head|options|route)(?![\w$])/g;
/**
 * ROUTE_METHOD where it may be called: right after a `.`, a `/` (a comment's end) or whitespace (a line passed may
 * hide the dot), the character taken with the match. The words after anything else (`(options)`, `[get]`, `'use'`)
 * are never calls the tests below read, and skipping them in the regex makes the pass about a third cheaper.
 */
export const ROUTE_METHOD_AFTER = /[./\s](?:get|post|put|patch|delete|del|all|use|head|options|route)(?![\w$])/g;

/** mayCallRouteMethod's answers kept per file: three checks of the rule ask (round 27: ~7 MB of regex passes on /tmp/bt). */
const CALLS = {};
const CALLS_WITH_CALLBACK = {};

/**
 * mayCallRouteMethod, once per file and question. A call with a callback is a call: where no route method may be
 * called, none is called with one, and that question is then answered without a pass of its own.
 */
export function mayCallRouteMethodIn(file: PrefilterInput, withCallback = false): boolean {
  if (withCallback) return oncePerFile(file, CALLS_WITH_CALLBACK, () => mayCallRouteMethod(file.text, true));
  return oncePerFile(file, CALLS, () => {
    const called = mayCallRouteMethod(file.text);
    if (!called) oncePerFile(file, CALLS_WITH_CALLBACK, () => false);
    return called;
  });
}

/**
 * `app.get('/x', (req, res) => …)`: a route method called on a receiver whose last name is a router
 * object (`app`, `server`, `userRouter`) or on something a word does not end (`router.route('/x').post`,
 * `this['app'].get`, `(app as any).use`). A comment or line break where the dot would stand keeps the file;
 * `withCallback`, for a check that needs the callback itself, only where a call with a function may follow.
 */
export function mayCallRouteMethod(text: string, withCallback = false): boolean {
  for (const found of text.matchAll(ROUTE_METHOD_AFTER)) {
    const index = found.index + 1;
    const dot = charBefore(text, index);
    const hiddenDot = dot.char === '\n' || dot.char === '/';
    if (hiddenDot && !withCallback) return true;
    if (!hiddenDot && dot.char !== '.') continue;
    const call = skipTrivia(text, index + found[0].length - 1);
    if (call >= 0 && text[call] !== '(' && text[call] !== '?' && text[call] !== '<') continue;
    // The callback is one of the call's arguments: `instance.get(key)` passes none.
    if (call >= 0 && text[call] === '(' && !argumentsMayHoldFunction(text, call)) continue;
    // `withCallback`: where a line break or a comment may hide the dot, the call must still hand on a function
    // (a class's getter, `\n  get rootNode() {`, opens no such call).
    if (hiddenDot) return true;
    const receiver = charBefore(text, text[dot.at - 1] === '?' ? dot.at - 1 : dot.at);
    if (receiver.char === '\n' || !/[\w$]/.test(receiver.char)) return true;
    const word = wordOrCharBefore(text, receiver.at + 1);
    if (ROUTER_OBJECTS.has(word) || ROUTER_SUFFIX.test(word)) return true;
  }
  return false;
}

/** A receiver named like a router: `userRouter`, `apiRouter`. */
const ROUTER_SUFFIX = /router$/i;

/** Whether the arguments opening at `open` may hold a function (`=>` or `function`), or cannot be read to their end. */
function argumentsMayHoldFunction(text: string, open: number): boolean {
  const close = closingParenOfList(text, open + 1);
  if (close < 0 || close === Infinity) return true;
  return FUNCTION_SIGN.test(text.slice(open, close));
}

const FUNCTION_SIGN = /=>|(?<![\w$])function(?![\w$])/;

/** Some router object, a name ending in `router`, or a route method called on a call's result, anywhere in the file. */
export function mayHaveRouter(text: string): boolean {
  return hasIdentifier(text, [...ROUTER_OBJECTS]) || /router(?![\w$])/i.test(text) || routeMethodOnCall(text);
}

/** `router.route('/x').post(...)`: `)`, then `.` and a route method, comments allowed between. */
function routeMethodOnCall(text: string): boolean {
  for (let close = text.indexOf(')'); close >= 0; close = text.indexOf(')', close + 1)) {
    const dot = skipTrivia(text, close + 1);
    if (dot < 0) return true;
    if (text[dot] !== '.') continue;
    const name = skipTrivia(text, dot + 1);
    if (name < 0) return true;
    const word = /^[\w$]+/.exec(text.slice(name, name + 16))?.[0];
    if (word !== undefined && ROUTE_METHODS.has(word)) return true;
  }
  return false;
}

/** The character before `at` past spaces, and where it is; '\n' when a line passed may end in a `//` comment. */
function charBefore(text: string, at: number): { char: string; at: number } {
  let before = at - 1;
  while (before >= 0 && isSpace(text[before]!)) {
    if (isLineBreak(text[before]!) && mayEndInLineComment(text, before)) return { char: '\n', at: before };
    before--;
  }
  return { char: text[before] ?? '', at: before };
}

const DECLARATION = /^(?:const|let|var)(?![\p{ID_Continue}$])/u;
const WORD_BEFORE = /[\p{ID_Continue}$.]/u;

/** Past this many characters from `const` to `=`, the names of a declaration are not read (the file is kept). */
const MAX_DECLARATION = 1000;

/**
 * The names a `const`/`let`/`var` outside every brace may give a container (a Map, a Set, an object
 * or array literal or `Object.create(…)`, javascript-state.ts): every word from the keyword to the
 * `=`, a superset of the name (type annotations and earlier declarators included). 'unsure' when
 * the lexer cannot read the file with confidence. A declaration is followed up to the next top-level `;`.
 * `stopAfter`, asked of each name as it is found, ends the reading when it says so.
 */
export function moduleContainerNames(text: string, stopAfter?: (name: string) => boolean): Set<string> | 'unsure' {
  const names = new Set<string>();
  let declaration = -1;
  let unsure = false;
  const found = someTopLevel(text, (at) => {
    const char = text[at]!;
    if (char === ';') declaration = -1;
    else if ((char === 'c' || char === 'l' || char === 'v') && !WORD_BEFORE.test(text[at - 1] ?? '') && DECLARATION.test(text.slice(at, at + 6))) declaration = at + 3;
    else if (char === '=' && declaration >= 0 && initializesContainer(text, at)) {
      if (at - declaration > MAX_DECLARATION) return (unsure = true);
      // A word the check exempts (`cache`, `limiter`) may be left out: were it the name, nothing is reported.
      let stop = false;
      for (const [word] of text.slice(declaration, at).matchAll(WORDS)) {
        if (hasWord(word, EXEMPT_WORDS) || names.has(word)) continue;
        names.add(word);
        stop ||= stopAfter?.(word) === true;
      }
      return stop;
    }
    return false;
  });
  return found === 'unsure' || unsure ? 'unsure' : names;
}

const WORDS = /[\p{ID_Continue}$\u200c\u200d\\]+/gu;

/**
 * Whether a container declared at the top of the module (moduleContainerNames) may also be written
 * to somewhere (javascript-state.ts reports only a written one). One pass of the lexer, which stops
 * at the first name found written.
 */
export function mayWriteModuleContainer(text: string): boolean {
  let written = false;
  const names = moduleContainerNames(text, (name) => (written = mayBeWritten(text, name)));
  return names === 'unsure' || written;
}

/** Each of the name's occurrences found by indexOf: far faster than reading every identifier of the file. */
function mayBeWritten(text: string, name: string): boolean {
  for (const start of identifierAt(text, name)) if (text[start - 1] !== '.' && mayWriteAt(text, start, start + name.length)) return true;
  return false;
}

/** `/=` is division-assignment, not a comment: skipTrivia stops at a `/` that no `/` or `*` follows. */
const ASSIGNMENT = /^(?:=(?![=>])|(?:[-+*/%&|^]|\*\*|<<|>>>?|&&|\|\||\?\?)=|\+\+|--)/;

/**
 * Whether the name at [start, end) may be written (mutationAt in javascript-state.ts): assigned,
 * `++`/`--`, after `delete`; a member of it assigned or called as `set`, `add`, `delete`, `push`,
 * `unshift` or `splice`; an element of it (or a member of one) assigned. A `const`/`let`/`var`
 * right before it declares it. What cannot be read (a comment, a string in the brackets) keeps the file.
 */
function mayWriteAt(text: string, start: number, end: number): boolean {
  const before = wordOrCharBefore(text, start);
  if (before === 'const' || before === 'let' || before === 'var') return false;
  if (before === 'delete' || before === '+' || before === '-' || before === '/' || before === '\n') return true;
  let at = skipTrivia(text, end);
  if (at < 0 || ASSIGNMENT.test(text.slice(at, at + 4))) return true;
  if (text[at] === '?' && text[at + 1] === '.') at = skipTrivia(text, at + 2);
  else if (text[at] === '.') at = skipTrivia(text, at + 1);
  else if (text[at] !== '[') return false;
  if (at < 0) return true;
  if (text[at] === '[') return elementWritten(text, at);
  const member = /^[\w$]*/.exec(text.slice(at, at + 32))![0];
  if (member.length === 0 || MUTATING_METHODS.has(member)) return true;
  const after = skipTrivia(text, at + member.length);
  return after < 0 || ASSIGNMENT.test(text.slice(after, after + 4)) || text[after] === '\\';
}

const MUTATING_METHODS = new Set(['set', 'add', 'delete', 'push', 'unshift', 'splice']);

/** `x[k] = v`, `x[k]++`, `x[k].y = v`, `x[k][j] = v`: past the brackets opening at `open`. */
function elementWritten(text: string, open: number): boolean {
  const close = closingBracket(text, open);
  if (close < 0) return true;
  let at = skipTrivia(text, close + 1);
  if (at < 0 || ASSIGNMENT.test(text.slice(at, at + 4))) return true;
  if (text[at] === '?' && text[at + 1] === '.') at = skipTrivia(text, at + 2);
  else if (text[at] === '.') at = skipTrivia(text, at + 1);
  else if (text[at] !== '[') return false;
  if (at < 0) return true;
  let after: number;
  if (text[at] === '[') {
    const inner = closingBracket(text, at);
    if (inner < 0) return true;
    after = skipTrivia(text, inner + 1);
  } else {
    const member = /^[\w$]*/.exec(text.slice(at, at + 32))![0];
    if (member.length === 0) return true;
    after = skipTrivia(text, at + member.length);
  }
  return after < 0 || ASSIGNMENT.test(text.slice(after, after + 4));
}

/** The `]` closing the `[` at `open`; -1 when it cannot be told (a string, a template, a regex or a comment inside, or none). */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let at = open; at < text.length && at < open + 2000; at++) {
    const char = text[at]!;
    if (char === "'" || char === '"' || char === '`' || char === '/') return -1;
    if (char === '[') depth++;
    else if (char === ']' && --depth === 0) return at;
  }
  return -1;
}

/**
 * The word right before `at` (spaces and line breaks between), or the character there; '\n' when a
 * line passed on the way holds `//` or is too long to tell (a line comment may hide anything).
 */
function wordOrCharBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && isSpace(text[end - 1]!)) {
    if (isLineBreak(text[end - 1]!) && mayEndInLineComment(text, end - 1)) return '\n';
    end--;
  }
  let start = end;
  while (start > 0 && /[\w$]/.test(text[start - 1]!)) start--;
  return start < end ? text.slice(start, end) : (text[end - 1] ?? '');
}


/** `= new Map()`, `= new LRUCache({…})` (IN_MEMORY_CLASSES), `= ({})`, `= <Carts>{}`, `= []`, `= Object.create(null)`; not `==`, `=>`, `= new Date()`, `= Object.keys`. */
function initializesContainer(text: string, equals: number): boolean {
  if (text[equals + 1] === '=' || text[equals + 1] === '>' || /[=!<>]/.test(text[equals - 1] ?? '')) return false;
  let at = skipTrivia(text, equals + 1);
  while (at >= 0 && text[at] === '(') at = skipTrivia(text, at + 1);
  if (at < 0) return true;
  const char = text[at];
  if (char === '{' || char === '[' || char === '<') return true;
  // isContainer reads `Object.create` as written, so no trivia inside it.
  if (text.startsWith('Object.create', at)) return !/[\p{ID_Continue}$]/u.test(text[at + 'Object.create'.length] ?? '');
  if (!/^new(?![\p{ID_Continue}$])/u.test(text.slice(at, at + 4))) return false;
  const type = skipTrivia(text, at + 3);
  if (type < 0) return true;
  const name = /^[\p{ID_Start}$][\p{ID_Continue}$]*/u.exec(text.slice(type, type + 16))?.[0] ?? '';
  return IN_MEMORY_CLASSES.includes(name);
}
