// Lexical proofs that a file cannot produce a finding, run on the raw text before any parse. Each
// helper over-approximates what the parser would see (words in comments and strings count too),
// so a check that asks "might this file report?" through them never loses a finding; the rule
// examples and test/unit/prefilter.test.ts hold every check to that. Identifiers spelled with
// `\u` escapes are read as written, as the keyword prefilter always has.
import type { ScanOptions } from './types';

/** What a check's prefilter sees: the file's text, lowered once per file, and the scan's options. */
export interface PrefilterInput {
  readonly text: string;
  readonly lowered: string;
  readonly options: ScanOptions;
}

/**
 * What the prefilters found out about one text whatever the options, kept by its ParsedDocument: an
 * editor's open asks twice (the prepare's "parse it?" while the server reads the settings, then the
 * scan's "which checks?"), and each whole-file pass then runs once, not once per asking.
 */
export class TextPrefilters {
  readonly lowered: string;
  /** Answers computed without reading the options (oncePerFile's keys, each check's prefilter). */
  readonly answers = new Map<object, boolean>();
  /** Which of a table's keywords the text holds, per table: one pass for all the checks that ask. */
  readonly keywordHits = new Map<KeywordTable, Uint8Array>();

  constructor(readonly text: string) {
    this.lowered = text.toLowerCase();
  }

  /** The input of one scan's checks: answers that read `options` stay with it, the others are shared. */
  input(options: ScanOptions): PrefilterInput {
    return new SharingInput(this, options);
  }
}

/** Notes whether an answer read `options`: only an answer that did not can be shared by scans with other options. */
class SharingInput implements PrefilterInput {
  /** Answers that read the options: this scan's own. */
  readonly ownAnswers = new Map<object, boolean>();
  optionsRead = false;

  constructor(
    readonly shared: TextPrefilters,
    private readonly scanOptions: ScanOptions,
  ) {}

  get text(): string {
    return this.shared.text;
  }

  get lowered(): string {
    return this.shared.lowered;
  }

  get options(): ScanOptions {
    this.optionsRead = true;
    return this.scanOptions;
  }
}

const answers = new WeakMap<PrefilterInput, Map<object, boolean>>();

/**
 * The keywords of a set of checks (a language's, in runChecks), found in a file's lowered text by one
 * pass: a check's keyword test then reads the answer instead of running its own alternation over the
 * file (each check used to; the lists are disjoint enough that no two checks could share a pass). The
 * answer is exact: a word is marked when it occurs anywhere, as `lowered.includes(word)` would say.
 */
export class KeywordTable {
  private readonly ids = new Map<string, number>();
  /** Every keyword, longest first, as one global alternation (tokens.ts's keyword index reads tokens so). */
  private readonly pattern: RegExp;
  /** By the id of a keyword: its id and those of the keywords that start it (`pass` in `password`). */
  private readonly starting: number[][];
  private readonly checkIds = new WeakMap<readonly string[], Uint16Array>();

  constructor(words: Iterable<string>) {
    const all = [...new Set(words)].sort((a, b) => b.length - a.length);
    all.forEach((word, id) => this.ids.set(word, id));
    this.starting = all.map((_, id) => [id]);
    // In code-unit order the words a word starts follow it at once: one walk per word, as long as they last.
    const ordered = [...all].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    ordered.forEach((prefix, at) => {
      for (let next = at + 1; next < ordered.length && ordered[next]!.startsWith(prefix); next++) this.starting[this.ids.get(ordered[next]!)!]!.push(this.ids.get(prefix)!);
    });
    this.pattern = new RegExp(all.map(escapeRegExp).join('|'), 'g');
  }

  /**
   * The keywords `lowered` holds, as a mark per id. Each match steps one character on, so a keyword
   * that starts inside another's match (`port` in `passport`) is tried at its own start; one that
   * starts where a longer one matched is that one's prefix (`starting`). Linear: the alternation is
   * tried at most once per character.
   */
  find(lowered: string): Uint8Array {
    const hits = new Uint8Array(this.starting.length);
    if (hits.length === 0) return hits; // no words: an empty alternation would match everywhere
    const pattern = this.pattern;
    pattern.lastIndex = 0;
    for (let hit = pattern.exec(lowered); hit; pattern.lastIndex = hit.index + 1, hit = pattern.exec(lowered)) {
      for (const id of this.starting[this.ids.get(hit[0])!]!) hits[id] = 1;
    }
    return hits;
  }

  /** Whether `hits` (this table's find) holds one of `words`, each of which the table was built with. */
  holdsAny(hits: Uint8Array, words: readonly string[]): boolean {
    let ids = this.checkIds.get(words);
    if (!ids) {
      ids = Uint16Array.from(words, (word) => {
        const id = this.ids.get(word);
        if (id === undefined) throw new Error(`keyword ${JSON.stringify(word)} is not in the table`);
        return id;
      });
      this.checkIds.set(words, ids);
    }
    for (const id of ids) if (hits[id] === 1) return true;
    return false;
  }
}

const keywordHitsByInput = new WeakMap<PrefilterInput, Map<KeywordTable, Uint8Array>>();

/** Whether the file holds one of `words` (lowercase, in `table`), from the table's one pass over it, kept per text. */
export function holdsKeyword(file: PrefilterInput, table: KeywordTable, words: readonly string[]): boolean {
  let known = file instanceof SharingInput ? file.shared.keywordHits : keywordHitsByInput.get(file);
  if (!known) keywordHitsByInput.set(file, (known = new Map()));
  let hits = known.get(table);
  if (!hits) known.set(table, (hits = table.find(file.lowered)));
  return table.holdsAny(hits, words);
}

/**
 * `compute`'s answer for this file, computed once however many checks ask (the file's input is one
 * object for all its checks): several share a whole-file pass, a pattern or a list of APIs. On an
 * input from TextPrefilters, an answer that never read the options is kept for every scan of the text.
 */
export function oncePerFile(file: PrefilterInput, key: object, compute: () => boolean): boolean {
  if (file instanceof SharingInput) return onceForText(file, key, compute);
  let known = answers.get(file);
  if (!known) answers.set(file, (known = new Map()));
  let answer = known.get(key);
  if (answer === undefined) known.set(key, (answer = compute()));
  return answer;
}

function onceForText(file: SharingInput, key: object, compute: () => boolean): boolean {
  const shared = file.shared.answers.get(key);
  if (shared !== undefined) return shared;
  const own = file.ownAnswers.get(key);
  if (own !== undefined) {
    file.optionsRead = true; // an answer that read them: so does any answer built on it
    return own;
  }
  const readBefore = file.optionsRead;
  file.optionsRead = false;
  const answer = compute();
  (file.optionsRead ? file.ownAnswers : file.shared.answers).set(key, answer);
  file.optionsRead ||= readBefore;
  return answer;
}

const patterns = new Map<string, RegExp>();

/**
 * Whether one of `words` stands in `text` as a whole identifier (not inside a longer one:
 * `listen` is not in `addEventListener`). Case-sensitive, as identifiers are. Linear time.
 */
export function hasIdentifier(text: string, words: readonly string[]): boolean {
  const key = words.join('|');
  let pattern = patterns.get(key);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\w$])(?:${words.map(escapeRegExp).join('|')})(?![\\w$])`);
    patterns.set(key, pattern);
  }
  return pattern.test(text);
}

/** Whether `lowered` contains one of the (lowercase) fragments anywhere. */
export function hasFragment(lowered: string, fragments: readonly string[]): boolean {
  return fragments.some((fragment) => lowered.includes(fragment));
}

/** `word` as a regex matching it literally. */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

const IDENTIFIER_PART = /[\p{ID_Continue}$\u200c\u200d\\]/u;

/** An identifier character, `\` (an escape in one) included; ASCII answered without a regex (prefilters test every character). */
export function isIdentifierPart(char: string | undefined): boolean {
  if (char === undefined || char === '') return false;
  const code = char.charCodeAt(0);
  if (code < 128) return isAsciiAlnum(code) || char === '_' || char === '$' || char === '\\';
  return IDENTIFIER_PART.test(char);
}

/** JS whitespace (`\s`), ASCII answered without a regex. */
export function isSpace(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(char);
}

/** The index of the first character at or after `from` that is not JS whitespace (isSpace). */
export function skipSpaces(text: string, from: number): number {
  let at = from;
  while (at < text.length && isSpace(text[at]!)) at++;
  return at;
}

/**
 * The index of the first character at or after `from` that is not whitespace or a comment; -1 when
 * a comment never closes (the caller then cannot prove anything). Each comment is read once.
 */
export function skipTrivia(text: string, from: number): number {
  let at = from;
  for (;;) {
    while (at < text.length && isSpace(text[at]!)) at++;
    if (text[at] !== '/') return at;
    if (text[at + 1] === '/') {
      const end = text.indexOf('\n', at);
      if (end < 0) return text.length;
      at = end + 1;
    } else if (text[at + 1] === '*') {
      const end = text.indexOf('*/', at + 2);
      if (end < 0) return -1;
      at = end + 2;
    } else return at;
  }
}

/** A quoted string starting at `at` (', " or `), or 'unsure' when escapes, `${` or a line break make its value differ from its text. */
export function quotedAt(text: string, at: number): string | 'unsure' | undefined {
  const quote = text[at];
  if (quote !== "'" && quote !== '"' && quote !== '`') return undefined;
  const end = text.indexOf(quote, at + 1);
  if (end < 0) return 'unsure';
  const value = text.slice(at + 1, end);
  return /[\\\n]|\$\{/.test(value) ? 'unsure' : value;
}

// `x.require('m')` counts too: the checks resolve a `require` call's module whatever it hangs on
// (a cut `app.use(` leaves `express()\n.require('express-session')(…)`), and a prefilter may only say no when sure.
const MODULE_WORD = /(?<![\w$])(?:require|(?<!\.)(?:import|from))(?![\w$])/g;

/**
 * Every module specifier that `import ... from 'x'`, `export ... from 'x'`, `import 'x'`,
 * `import('x')`, `require('x')` and `require.resolve('x')` can name, read lexically; 'unsure' when
 * one cannot be read (a comment that never closes, an escape in the string). Words on a comment
 * line (`// from 'x'`, ` * starting from \`node\``), a template after `from` or a bare `import`
 * (which only a call takes), a template with `${…}` (the checks read a specifier's value as written)
 * and `require` not called name nothing.
 */
export function moduleSpecifiers(text: string): string[] | 'unsure' {
  const found: string[] = [];
  for (const match of text.matchAll(MODULE_WORD)) {
    if (onCommentLine(text, match.index)) continue;
    let at = skipTrivia(text, match.index + match[0].length);
    if (at < 0) return 'unsure';
    if (match[0] === 'require' && text[at] === '.') {
      at = skipTrivia(text, at + 1);
      if (at < 0) return 'unsure';
      if (!text.startsWith('resolve', at)) continue;
      at = skipTrivia(text, at + 'resolve'.length);
      if (at < 0) return 'unsure';
    }
    const called = text[at] === '(';
    // Only a call of `require` names a module: `{ require: "global.require" }` names none.
    if (match[0] === 'require' && !called) continue;
    if (called) {
      at = skipTrivia(text, at + 1);
      if (at < 0) return 'unsure';
    }
    // A template after `from` or a bare `import` is no specifier; one with `${…}` is no specifier the checks read.
    if (text[at] === '`' && (!called || substitutes(text, at))) continue;
    const specifier = quotedAt(text, at);
    if (specifier === 'unsure') return 'unsure';
    if (specifier !== undefined) found.push(specifier);
    // `require(.'express-session')`: code a parser still reads a specifier out of, so the text cannot rule it out.
    else if (called && !/[\w$)`]/.test(text[at] ?? ')')) return 'unsure';
  }
  return found;
}

/** Whether the template opening at `open` has a `${…}` before its end (an escape first: not proven). */
function substitutes(text: string, open: number): boolean {
  for (let at = open + 1; at < text.length; at++) {
    const char = text[at];
    if (char === '\\' || char === '`') return false;
    if (char === '$' && text[at + 1] === '{') return true;
  }
  return false;
}

/**
 * Whether `at` is on a line that starts with `//`, or on a `*` line of a doc comment: a comment (or
 * a template's text) either way, so no code. A `*` line of code (`a\n * b`) is not read as one.
 */
export function onCommentLine(text: string, at: number): boolean {
  // Back to the line's start, at most 200 characters: lastIndexOf('\r') would scan the whole file
  // before every match in a file without one.
  let lineStart = at;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') {
    if (at - lineStart >= 200) return false; // a long line: not proven a comment
    lineStart--;
  }
  return COMMENT_LINE.test(text.slice(lineStart, at));
}

const COMMENT_LINE = /^\s*(?:\/\/|\*(?:\s|$))/;

/**
 * Where `name` stands as a whole identifier (read as written, as hasIdentifier does): each index,
 * in order, found by `indexOf` rather than a regex so a caller can stop at its first proof.
 */
export function* identifierAt(text: string, name: string): Generator<number> {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!isIdentifierPart(text[at - 1]) && !isIdentifierPart(text[at + name.length])) yield at;
  }
}

/** After a method's name, what may still make it the callee of a call: `?.(`, `<T>(`, `)(` (a parenthesized callee), `!(`, `as`, `satisfies`. */
const CALLEE_GOES_ON = new Set(['?', '<', ')', '!', 'a', 's']);

/**
 * Whether `.name(…)` with at least one argument may stand in `text`: `name` after a `.` (`?.`), then
 * a call that does not close at once. `connection.listen()` and `{ listen: … }` are no such call.
 * A line break or a comment before the name may hide its dot, and keeps the file. `argumentMay`,
 * given where the first argument starts, may sharpen that (`.listen(callback)` binds no port).
 */
export function mayCallMethodWithArgument(text: string, name: string, argumentMay?: (text: string, start: number) => boolean): boolean {
  for (const at of identifierAt(text, name)) {
    if (!mayFollowDot(text, at)) continue;
    const next = skipTrivia(text, at + name.length);
    if (next < 0) return true;
    const char = text[next];
    if (char === '(') {
      const argument = skipTrivia(text, next + 1);
      if (argument < 0 || (text[argument] !== ')' && (argumentMay === undefined || argumentMay(text, argument)))) return true;
    } else if (char !== undefined && CALLEE_GOES_ON.has(char)) return true;
  }
  return false;
}

/**
 * The text of the argument starting at `start`, up to the `,` or `)` that ends it (brackets and
 * quoted strings inside it kept, comments too); 'unsure' at a template, a `/` that opens no comment
 * (a regex or a division), an unclosed string or bracket, or past MAX_ARGUMENT characters.
 */
export function argumentText(text: string, start: number): string | 'unsure' {
  let depth = 0;
  for (let at = start; at < text.length && at < start + MAX_ARGUMENT; at++) {
    const char = text[at]!;
    if (char === '`') return 'unsure';
    if (char === '/') {
      const next = skipTrivia(text, at);
      if (next < 0 || next === at) return 'unsure';
      at = next - 1;
    } else if (char === "'" || char === '"') {
      at = quotedStringEnd(text, at);
      if (at < 0) return 'unsure';
    } else if (char === '(' || char === '[' || char === '{') depth++;
    else if (char === ')' || char === ']' || char === '}') {
      if (depth === 0) return char === ')' ? text.slice(start, at) : 'unsure';
      depth--;
    } else if (char === ',' && depth === 0) return text.slice(start, at);
  }
  return 'unsure';
}

const MAX_ARGUMENT = 2000;

const LINE_BREAKS = new Set(['\n', '\r', '\u2028', '\u2029']);

/** A `.` right before `at` (spaces between), or a line break or a comment's end that may hide one. */
function mayFollowDot(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && isSpace(text[before]!)) {
    if (LINE_BREAKS.has(text[before]!)) return true;
    before--;
  }
  return text[before] === '.' || text[before] === '/';
}

/** The closing quote of the '…' or "…" string opening at `open`; -1 when its line ends first. */
export function quotedStringEnd(text: string, open: number): number {
  const quote = text[open];
  for (let at = open + 1; at < text.length; at++) {
    const char = text[at];
    if (char === '\\') at++;
    else if (char === quote) return at;
    else if (char === '\n' || char === '\r') return -1;
  }
  return -1;
}

/** Whether `char` ends a line (and a `//` comment), as JS reads line terminators. */
export function isLineBreak(char: string): boolean {
  return LINE_BREAKS.has(char);
}

/** A JS string's opening or closing quote: `'`, `"` or a template's backtick. */
export function isQuote(char: string | undefined): boolean {
  return char === "'" || char === '"' || char === '`';
}

/**
 * Whether the string whose opening quote is at `quote` may be a call's first argument: `(` before it,
 * past whitespace. A `/` (a comment's end) or a line passed that may end in a `//` comment is not
 * read, so it keeps the file.
 */
export function mayOpenArgumentsAt(text: string, quote: number): boolean {
  let before = quote - 1;
  while (before >= 0 && isSpace(text[before]!)) {
    if (isLineBreak(text[before]!) && mayEndInLineComment(text, before)) return true;
    before--;
  }
  return before < 0 || text[before] === '(' || text[before] === '/';
}

/**
 * Whether the line ending at the break at `lineBreak` may hold a `//` comment: it has `//`, or is
 * longer than 400 characters (not read back that far). A prefilter reading backwards across lines uses it.
 */
export function mayEndInLineComment(text: string, lineBreak: number): boolean {
  for (let at = lineBreak - 1; at >= 0 && at >= lineBreak - 400; at--) {
    if (LINE_BREAKS.has(text[at]!)) return false;
    if (text[at] === '/' && text[at - 1] === '/') return true;
  }
  return lineBreak >= 400;
}

