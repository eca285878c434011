// A reader and a writer for .env files that agree with the `dotenv` npm package (v17/18 `parse`),
// the reader most Node apps use. The reader is a hand-written port of dotenv's LINE regex (no regex
// here, so it stays linear on any input); the writer proposes quotings that the caller verifies by
// reading the whole file back, so a value is written exactly or not at all.

const QUOTES = new Set(["'", '"', '`']);

/** JavaScript's `\s`. */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Where `^` and `$` match in multiline mode, and what `.` does not match. */
function isLineTerminator(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

/** dotenv's key characters: `[\w.-]`. */
function isKeyChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ||
    code === 95 || code === 46 || code === 45
  );
}

function skipSpaces(text: string, from: number): number {
  let at = from;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

function endOfLine(text: string, from: number): number {
  let at = from;
  while (at < text.length && !isLineTerminator(text.charCodeAt(at))) at++;
  return at;
}

/** `\s*(?:#.*)?$` from `from`: where the match ends, or -1. Greedy, as the regex backtracks. */
function tailEnd(text: string, from: number): number {
  const afterSpaces = skipSpaces(text, from);
  if (afterSpaces >= text.length) return text.length;
  if (text[afterSpaces] === '#') return endOfLine(text, afterSpaces);
  for (let at = afterSpaces - 1; at >= from; at--) {
    if (isLineTerminator(text.charCodeAt(at))) return at;
  }
  return -1;
}

interface RawEntry {
  key: string;
  raw: string;
  end: number;
}

/** A quoted value: the closing quote is tried from the farthest a `\<quote>` chain allows, as the regex does. */
function quotedValue(text: string, valueStart: number, quoteAt: number): { raw: string; end: number } | undefined {
  const quote = text[quoteAt] as string;
  const closings: number[] = [];
  for (let at = text.indexOf(quote, quoteAt + 1); at >= 0; at = text.indexOf(quote, at + 1)) {
    closings.push(at);
    if (text[at - 1] !== '\\') break;
  }
  for (let index = closings.length - 1; index >= 0; index--) {
    const closing = closings[index] as number;
    const end = tailEnd(text, closing + 1);
    if (end >= 0) return { raw: text.slice(valueStart, closing + 1), end };
  }
  return undefined;
}

/** `(quoted | [^#\r\n]+)? \s* (#.*)? $` after the separator; it always matches. */
function valueAt(text: string, start: number): { raw: string; end: number } {
  const firstVisible = skipSpaces(text, start);
  if (QUOTES.has(text[firstVisible] ?? '')) {
    const quoted = quotedValue(text, start, firstVisible);
    if (quoted) return quoted;
  }
  let stop = start;
  while (stop < text.length && text[stop] !== '#' && text[stop] !== '\n') stop++;
  // tailEnd cannot fail here: `stop` is at `#`, a newline or the end.
  if (stop > start) return { raw: text.slice(start, stop), end: tailEnd(text, stop) };
  return { raw: '', end: tailEnd(text, start) };
}

function entryFromKey(text: string, keyStart: number): RawEntry | undefined {
  let keyEnd = keyStart;
  while (keyEnd < text.length && isKeyChar(text.charCodeAt(keyEnd))) keyEnd++;
  if (keyEnd === keyStart) return undefined;
  const key = text.slice(keyStart, keyEnd);
  const equals = skipSpaces(text, keyEnd);
  if (text[equals] === '=') return { key, ...valueAt(text, equals + 1) };
  // `KEY: value` needs at least one whitespace character after the colon.
  if (text[keyEnd] === ':' && isSpace(text.charCodeAt(keyEnd + 1))) return { key, ...valueAt(text, keyEnd + 2) };
  return undefined;
}

function entryAt(text: string, lineStart: number): RawEntry | { failedAt: number } {
  const first = skipSpaces(text, lineStart);
  if (text.startsWith('export', first) && isSpace(text.charCodeAt(first + 6))) {
    const exported = entryFromKey(text, skipSpaces(text, first + 6));
    if (exported) return exported;
  }
  return entryFromKey(text, first) ?? { failedAt: first };
}

/** The first position at or after `from` where `^` matches in multiline mode, or -1. */
function lineStartFrom(text: string, from: number): number {
  if (from === 0 || (from <= text.length && isLineTerminator(text.charCodeAt(from - 1)))) {
    return from < text.length ? from : -1;
  }
  const terminator = endOfLine(text, from);
  return terminator + 1 < text.length ? terminator + 1 : -1;
}

/** dotenv's `.replace(/^(['"`])([\s\S]*)\1$/mg, '$2')`, without the regex's quadratic backtracking. */
function stripQuotes(value: string): string {
  const lastClosing = new Map<string, number>();
  for (let at = 0; at < value.length; at++) {
    const char = value[at] as string;
    if (QUOTES.has(char) && (at + 1 === value.length || isLineTerminator(value.charCodeAt(at + 1)))) {
      lastClosing.set(char, at);
    }
  }
  let result = '';
  let copied = 0;
  for (let at = 0; at < value.length; at++) {
    const atLineStart = at === 0 || isLineTerminator(value.charCodeAt(at - 1));
    const closing = lastClosing.get(value[at] as string);
    if (atLineStart && closing !== undefined && closing > at) {
      result += value.slice(copied, at) + value.slice(at + 1, closing);
      copied = closing + 1;
      at = closing;
    }
  }
  return result + value.slice(copied);
}

function cook(raw: string): string {
  const trimmed = raw.trim();
  const value = stripQuotes(trimmed);
  return trimmed[0] === '"' ? value.replace(/\\n/g, '\n').replace(/\\r/g, '\r') : value;
}

/** Reads a .env file as `dotenv.parse` does (later duplicates win). */
export function readEnvFile(text: string): Map<string, string> {
  const source = text.replace(/\r\n?/g, '\n');
  const entries = new Map<string, string>();
  let lineStart = lineStartFrom(source, 0);
  while (lineStart >= 0) {
    const entry = entryAt(source, lineStart);
    if ('key' in entry) {
      entries.set(entry.key, cook(entry.raw));
      lineStart = lineStartFrom(source, entry.end);
    } else {
      // Every line start up to the first visible character fails the same way.
      lineStart = entry.failedAt >= source.length ? -1 : lineStartFrom(source, entry.failedAt + 1);
    }
  }
  return entries;
}

// Characters that need no quotes for dotenv nor for the other common readers (docker compose,
// python-dotenv, shells), which expand `$` and backslashes in unquoted values.
const PLAIN_VALUE = /^[\p{L}\p{N}\p{M}_.,:/@+=%~^!?*-]+$/u;
const LINE_BREAK = /[\r\n\u2028\u2029]/;

/**
 * Ways to write `value` after `NAME=`, most readable first. Each is only a proposal: dotenv's
 * quoting has no escape for quotes or backslashes, so the caller keeps the first that reads back
 * exactly in the whole file (see upsertEnvVar). `newline` is the file's line ending, used for values
 * written across lines.
 */
export function envValueCandidates(value: string, newline = '\n'): string[] {
  const candidates: string[] = [];
  const oneLine = !LINE_BREAK.test(value);
  const trailingBackslash = value.endsWith('\\');
  if (value === '' || PLAIN_VALUE.test(value)) candidates.push(value);
  // Single quotes first: they are literal for dotenv and for the readers that expand `$`. Then
  // double quotes, which turn `\n` and `\r` into line breaks; backticks (dotenv only) last.
  const double = !value.includes('"') && !/\\[nr]/.test(value);
  const escaped = `"${value.replace(/\n/g, '\\n').replace(/\r/g, '\\r')}"`;
  if (oneLine && !value.includes("'") && !trailingBackslash) candidates.push(`'${value}'`);
  if (double && !trailingBackslash) candidates.push(escaped);
  if (oneLine && !value.includes('`') && !trailingBackslash) candidates.push(`\`${value}\``);
  candidates.push(value);
  // Last resorts: a backslash just before the closing quote (read right only while the line is
  // last in the file), and quotes that span lines.
  if (double) candidates.push(escaped);
  if (!value.includes('\r')) {
    const lines = value.replace(/\n/g, newline);
    for (const quote of ["'", '`', '"']) if (!value.includes(quote)) candidates.push(quote + lines + quote);
  }
  return [...new Set(candidates)];
}
