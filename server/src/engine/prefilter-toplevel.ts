// A JS/TS lexer just good enough to tell module-level code from code inside braces, for prefilters
// that need "declared at the top of the module". It skips strings, template literals, comments
// and regular expressions; wherever it cannot be sure what it reads (a string that runs to the end
// of its line, a regex it may have taken for a division, braces that do not balance) it says
// 'unsure', and the caller keeps the file. One pass of character codes: it runs on every file
// that a cheaper test did not settle.
import { escapeRegExp, isIdentifierPart } from './prefilter';

export type Unsure = 'unsure';

const enum Code {
  Tab = 9,
  LineFeed = 10,
  CarriageReturn = 13,
  Space = 32,
  DoubleQuote = 34,
  Dollar = 36,
  SingleQuote = 39,
  CloseParen = 41,
  Star = 42,
  Slash = 47,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  Backtick = 96,
  OpenBrace = 123,
  CloseBrace = 125,
}

/** After these characters (or a keyword below), `/` starts a regex; after anything else, a division. */
const REGEX_AFTER = new Set('(,=:[!&|?{};+-*%<>~^'.split('').map((char) => char.charCodeAt(0)));
const REGEX_AFTER_WORDS = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await', 'instanceof']);

/** What a caller of someTopLevel may hear of besides top-level code, and where it may stop reading. */
export interface LexerHooks {
  /** Each comment, in order, as [start, end). */
  comment?: (start: number, end: number) => void;
  /** A `/` read as a division where a regex may stand. */
  ambiguousDivision?: (at: number) => void;
  /** Read no token that starts at or past this index (the rest of the file is not judged either). */
  stopAt?: number;
}

/**
 * Calls `visit` at each code character outside every `{}` (strings, comments and whitespace
 * skipped), with its index; `visit` returning true ends the scan with true. 'unsure' when the text
 * cannot be lexed with confidence.
 */
export function someTopLevel(text: string, visit: (at: number) => boolean, hooks: LexerHooks = {}): boolean | Unsure {
  const { comment, ambiguousDivision } = hooks;
  const stopAt = Math.min(hooks.stopAt ?? text.length, text.length);
  let depth = 0;
  /** Brace depths at which a template literal's `${` was opened, innermost last. */
  const templates: number[] = [];
  /** The last code character (0: none yet; a literal counts as `"`) and where the word it ends started. */
  let previous = 0;
  let wordStart = -1;
  let at = text.startsWith('#!') ? lineEnd(text, 0) : 0;
  while (at < stopAt) {
    const code = text.charCodeAt(at);
    if (code === Code.Space || (code >= Code.Tab && code <= Code.CarriageReturn)) {
      at++;
      continue;
    }
    if (code === Code.Slash && text.charCodeAt(at + 1) === Code.Slash) {
      const end = lineEnd(text, at);
      comment?.(at, end);
      at = end;
      continue;
    }
    if (code === Code.Slash && text.charCodeAt(at + 1) === Code.Star) {
      const end = text.indexOf('*/', at + 2);
      if (end < 0) return 'unsure';
      comment?.(at, end + 2);
      at = end + 2;
      continue;
    }
    // A literal: past it, what comes next follows a value (or, after `${`, an open brace).
    let next: number | undefined;
    let after = Code.DoubleQuote;
    if (code === Code.Slash && (previous === 0 || REGEX_AFTER.has(previous) || endsRegexKeyword(text, wordStart, at))) next = regexEnd(text, at);
    else if (code === Code.SingleQuote || code === Code.DoubleQuote) next = stringEnd(text, at);
    else if (code === Code.Backtick || (code === Code.CloseBrace && templates[templates.length - 1] === depth)) {
      if (code === Code.CloseBrace) {
        templates.pop();
        depth--;
      }
      const end = templateEnd(text, at);
      if (end === 'unsure') return 'unsure';
      if (end.opensExpression) {
        templates.push(++depth);
        after = Code.OpenBrace;
      }
      next = end.at;
    }
    if (next !== undefined) {
      if (next < 0) return 'unsure';
      at = next;
      previous = after;
      wordStart = -1;
      continue;
    }
    if (code === Code.Slash && AMBIGUOUS_BEFORE_SLASH.has(previous)) ambiguousDivision?.(at);
    if (code === Code.OpenBrace) depth++;
    else if (code === Code.CloseBrace && --depth < 0) return 'unsure';
    else if (depth === 0 && visit(at)) return true;
    if (isWordAt(text, code, at)) {
      if (wordStart < 0 || !isWordAt(text, text.charCodeAt(at - 1), at - 1)) wordStart = at;
    } else wordStart = -1;
    previous = code;
    at++;
  }
  // Stopped early, the braces still open say nothing about the text read.
  return stopAt < text.length || (depth === 0 && templates.length === 0) ? false : 'unsure';
}

/** 1 for the ASCII characters isIdentifierPart accepts: letters, digits, `_`, `$` and `\\`. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, code) => (isIdentifierPart(String.fromCharCode(code)) ? 1 : 0));

/** isIdentifierPart of the character `code` at `at`, ASCII by table (the lexer asks for every character). */
function isWordAt(text: string, code: number, at: number): boolean {
  return code < 128 ? ASCII_WORD[code] === 1 : isIdentifierPart(text[at]);
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/** `return /x/`: a keyword ends right before the slash (spaces between). */
function endsRegexKeyword(text: string, wordStart: number, slash: number): boolean {
  if (wordStart < 0) return false;
  let end = wordStart;
  while (end < slash && isIdentifierPart(text[end])) end++;
  return REGEX_AFTER_WORDS.has(text.slice(wordStart, end));
}

/** Past the '…' or "…" string opening at `open`; -1 when its line ends first. */
function stringEnd(text: string, open: number): number {
  const quote = text.charCodeAt(open);
  for (let at = open + 1; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === Code.Backslash) at++;
    else if (code === quote) return at + 1;
    else if (code === Code.LineFeed || code === Code.CarriageReturn) return -1;
  }
  return -1;
}

/** Past a template's text from its backtick (or from the `}` closing a `${`) to its end or its next `${`. */
function templateEnd(text: string, from: number): { at: number; opensExpression: boolean } | Unsure {
  for (let at = from + 1; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === Code.Backslash) at++;
    else if (code === Code.Backtick) return { at: at + 1, opensExpression: false };
    else if (code === Code.Dollar && text.charCodeAt(at + 1) === Code.OpenBrace) return { at: at + 2, opensExpression: true };
  }
  return 'unsure';
}

/** Past the regex opening at `open` and its flags; -1 when its line ends first. */
function regexEnd(text: string, open: number): number {
  let inClass = false;
  for (let at = open + 1; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === Code.Backslash) at++;
    else if (code === Code.LineFeed || code === Code.CarriageReturn) return -1;
    else if (code === Code.OpenBracket) inClass = true;
    else if (code === Code.CloseBracket) inClass = false;
    else if (code === Code.Slash && !inClass) {
      let end = at + 1;
      while (end < text.length && isIdentifierPart(text[end])) end++;
      return end;
    }
  }
  return -1;
}

/** After these, a `/` was read as a division though a regex may stand there (`if (a) /re/.test(b)`, a block's `}`). */
const AMBIGUOUS_BEFORE_SLASH = new Set<number>([Code.CloseBracket, Code.CloseParen, Code.CloseBrace]);

/**
 * The comments of a JS/TS file as [start, end) ranges in order, or 'unsure' when the lexer cannot
 * tell: someTopLevel cannot follow the file; the file may hold JSX (`</`, `/>`), whose text is no
 * code (`<p>http://x</p>`); or a comment starts on a line after a `/` read as a division where a
 * regex could stand (a misread regex may hide a `//`). With `stopAt`, the comments starting before it.
 */
export function commentRanges(text: string, stopAt?: number): Array<[number, number]> | Unsure {
  if (text.includes('</') || text.includes('/>')) return 'unsure';
  const ranges: Array<[number, number]> = [];
  let ambiguousLine = -1;
  let misread = false;
  const comment = (start: number, end: number): void => {
    if (ambiguousLine >= 0 && text.lastIndexOf('\n', start) < ambiguousLine) misread = true;
    // Comments come in order: once one is misread, the answer is 'unsure' whatever follows.
    ranges.push([start, end]);
  };
  const ambiguousDivision = (slash: number): void => {
    ambiguousLine = slash;
  };
  const lexed = someTopLevel(text, () => false, { comment, ambiguousDivision, ...(stopAt !== undefined ? { stopAt } : {}) });
  return lexed === 'unsure' || misread ? 'unsure' : ranges;
}

/**
 * Whether one of the (lowercase) fragments stands in `lowered` outside every comment of the JS/TS
 * `text` (commentRanges); wherever the comments cannot be told, anywhere. For a check that reads
 * no comment: a word in a doc comment (`@param customGetValue, to ease migration`) announces nothing.
 */
export function hasFragmentInCode(text: string, lowered: string, fragments: readonly string[]): boolean {
  const hits = fragmentHits(lowered, fragments);
  if (hits.length === 0) return false;
  // Whether a hit is in a comment follows from the text before it: the lexer stops past the last one.
  const comments = commentRanges(text, hits.reduce((last, [, end]) => Math.max(last, end), 0));
  if (comments === 'unsure') return true;
  return hits.some((hit) => !insideRange(comments, hit));
}

const fragmentPatterns = new WeakMap<readonly string[], RegExp>();

/**
 * Where the fragments stand in `lowered`, by one pass of their alternation (an `indexOf` pass per fragment was twelve
 * passes over every JS/TS file for startup-migration alone). Each match steps one character on, so a fragment starting
 * inside another's match is found at its own start; where two start at one index the longer is found (longest first),
 * and a shorter one there lies inside every range the longer does, so the answer above is the same.
 */
function fragmentHits(lowered: string, fragments: readonly string[]): Array<[number, number]> {
  let pattern = fragmentPatterns.get(fragments);
  if (!pattern) fragmentPatterns.set(fragments, (pattern = new RegExp([...fragments].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g')));
  const found: Array<[number, number]> = [];
  if (fragments.length === 0) return found;
  pattern.lastIndex = 0;
  for (let hit = pattern.exec(lowered); hit; pattern.lastIndex = hit.index + 1, hit = pattern.exec(lowered)) found.push([hit.index, hit.index + hit[0].length]);
  return found;
}

/** Whether [start, end) lies inside one of the sorted, disjoint ranges. */
function insideRange(ranges: ReadonlyArray<[number, number]>, [start, end]: [number, number]): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [from, to] = ranges[middle]!;
    if (to <= start) low = middle + 1;
    else if (from > start) high = middle - 1;
    else return end <= to;
  }
  return false;
}
