// A small exact tokenizer for SQL scripts (PostgreSQL, MySQL, SQL Server, Oracle, SQLite): words,
// string literals with their decoded text and source spans, and punctuation. Comments and dollar-quoted
// bodies (a function's code) are skipped, except a `DO` block's, which runs with the script. Linear:
// every character is read once.
import { MappedText } from './mapped-text';

export type SqlToken =
  | { readonly kind: 'word'; readonly text: string; readonly start: number; readonly end: number }
  | { readonly kind: 'punct'; readonly text: string; readonly start: number; readonly end: number }
  /** `'…'` (also `N'…'`, `E'…'`): `value` is the decoded text, mapped to its source characters. */
  | { readonly kind: 'string'; readonly text: string; readonly start: number; readonly end: number; readonly value: MappedText };

const WORD_START = /[A-Za-z_]/;
const WORD_PART = /[\w$]/;

export function sqlTokens(text: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  tokenize(text, 0, text.length, tokens);
  return tokens;
}

/** The tokens of `text` from `from` to `to`; a PostgreSQL `DO $$ … $$` body is read as statements too (it runs as the script runs). */
function tokenize(text: string, from: number, to: number, tokens: SqlToken[]): void {
  let at = from;
  while (at < to) {
    const char = text[at]!;
    if (/\s/.test(char)) at++;
    else if (text.startsWith('--', at) || char === '#') at = lineEnd(text, at);
    else if (text.startsWith('/*', at)) at = blockCommentEnd(text, at);
    else if (char === "'") at = pushString(text, at, tokens);
    else if (char === '"' || char === '`' || (char === '[' && /^\[[^\]'\n]*\]/.test(text.slice(at, at + 130)))) at = quotedIdentifierEnd(text, at, char === '[' ? ']' : char, tokens);
    else if (char === '$' && DOLLAR_TAG.test(text.slice(at, at + 64))) at = dollarQuoted(text, at, tokens);
    else if (WORD_START.test(char)) at = pushWord(text, at, tokens);
    else {
      tokens.push({ kind: 'punct', text: char, start: at, end: at + 1 });
      at++;
    }
  }
}


function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end + 1;
}

function blockCommentEnd(text: string, at: number): number {
  const end = text.indexOf('*/', at + 2);
  return end < 0 ? text.length : end + 2;
}

function pushWord(text: string, at: number, tokens: SqlToken[]): number {
  let end = at + 1;
  while (end < text.length && WORD_PART.test(text[end]!)) end++;
  // `N'…'` (SQL Server's Unicode strings), `E'…'` (PostgreSQL's escapes): a prefix of the string, not a word.
  if (end === at + 1 && /[NnEe]/.test(text[at]!) && text[end] === "'") return end;
  tokens.push({ kind: 'word', text: text.slice(at, end), start: at, end });
  return end;
}

/** `'it''s'`: a doubled quote is one quote; a backslash escapes in MySQL's default mode, so `\'` does not close. */
function pushString(text: string, at: number, tokens: SqlToken[]): number {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let index = at + 1;
  while (index < text.length) {
    const char = text[index]!;
    if (char === "'" && text[index + 1] === "'") {
      chars.push("'");
      starts.push(index);
      ends.push(index + 2);
      index += 2;
    } else if (char === "'") {
      break;
    } else if (char === '\\' && index + 1 < text.length && text[index + 1] !== '\n') {
      chars.push(text[index + 1]!);
      starts.push(index);
      ends.push(index + 2);
      index += 2;
    } else {
      chars.push(char);
      starts.push(index);
      ends.push(index + 1);
      index++;
    }
  }
  const end = Math.min(index + 1, text.length);
  const value = new MappedText(chars.join(''), { start: at + 1, end: Math.max(at + 1, index) }, starts, ends);
  tokens.push({ kind: 'string', text: text.slice(at, end), start: at, end, value });
  return end;
}

function quotedIdentifierEnd(text: string, at: number, close: string, tokens: SqlToken[]): number {
  const end = text.indexOf(close, at + 1);
  const stop = end < 0 ? text.length : end + 1;
  tokens.push({ kind: 'word', text: text.slice(at + 1, stop - 1), start: at, end: stop });
  return stop;
}

/** The tag that opens and closes a dollar-quoted body: `$$`, `$body$`. */
const DOLLAR_TAG = /^\$(?:[A-Za-z_]\w*)?\$/;

/**
 * Past a dollar-quoted body (`$$ … $$`, `$body$ … $body$`): a function's code, skipped as one opaque
 * unit; after `DO` read as statements, up to its closing tag or the end of an unclosed one.
 */
function dollarQuoted(text: string, at: number, tokens: SqlToken[]): number {
  const tag = DOLLAR_TAG.exec(text.slice(at, at + 64))![0];
  const close = text.indexOf(tag, at + tag.length);
  const previous = tokens[tokens.length - 1];
  if (previous?.kind === 'word' && previous.text.toUpperCase() === 'DO') tokenize(text, at + tag.length, close < 0 ? text.length : close, tokens);
  return close < 0 ? text.length : close + tag.length;
}
