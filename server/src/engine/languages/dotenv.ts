// THE `.env` parser: the rules read it to find secrets, and the fixes read it to know what a
// `.env` already holds and to prove what they append reads back. It reads a file exactly as the
// `dotenv` npm package (v16-17 `parse`) does: `export` prefixes, `KEY=value` and `KEY: value`,
// single/double/backtick quotes (values across lines allowed), `\n` and `\r` decoded in double
// quotes only, `#` comments, later duplicates winning. It is a hand port of dotenv's LINE regex
// (no regex here, so it stays linear on hostile input), and keeps where each character came from.
// Other loaders' readings of one value live beside the fixes (fixes/envDialect-*.ts).
import type { Span } from '../types';
import { MappedText, MappedTextBuilder } from './mapped-text';

export interface DotenvEntry {
  key: string;
  keySpan: Span;
  /** The value as dotenv reads it, each character mapped to the source. */
  value: MappedText;
  /** The value as written, quotes included; empty where the value starts for `KEY=`. */
  valueSpan: Span;
  /** The quote dotenv stripped from around the value, if any. */
  quote: '"' | "'" | '`' | undefined;
}

const QUOTES = new Set(["'", '"', '`']);
/** The only escapes dotenv decodes, and only inside double quotes. */
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r' };

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
  keyStart: number;
  valueStart: number;
  valueEnd: number;
  end: number;
}

/**
 * One search for quote characters across the whole file: for each quote, the positions of its
 * occurrences, so a file of unclosed `A="` lines costs one pass, not one pass per line.
 */
class QuoteIndex {
  private readonly positions = new Map<string, number[]>();

  constructor(private readonly text: string) {}

  /** Occurrences of `quote` after `from`, up to and including the first not preceded by a backslash. */
  closingsAfter(quote: string, from: number): number[] {
    const all = this.of(quote);
    let low = 0;
    let high = all.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (all[middle]! <= from) low = middle + 1;
      else high = middle;
    }
    const closings: number[] = [];
    for (let index = low; index < all.length; index++) {
      closings.push(all[index]!);
      if (this.text[all[index]! - 1] !== '\\') break;
    }
    return closings;
  }

  private of(quote: string): number[] {
    let found = this.positions.get(quote);
    if (!found) {
      found = [];
      for (let at = this.text.indexOf(quote); at >= 0; at = this.text.indexOf(quote, at + 1)) found.push(at);
      this.positions.set(quote, found);
    }
    return found;
  }
}

/** A quoted value: the closing quote is tried from the farthest a `\<quote>` chain allows, as the regex does. */
function quotedValue(text: string, quotes: QuoteIndex, quoteAt: number): { valueEnd: number; end: number } | undefined {
  const closings = quotes.closingsAfter(text[quoteAt]!, quoteAt);
  for (let index = closings.length - 1; index >= 0; index--) {
    const closing = closings[index]!;
    const end = tailEnd(text, closing + 1);
    if (end >= 0) return { valueEnd: closing + 1, end };
  }
  return undefined;
}

/** `(quoted | [^#\r\n]+)? \s* (#.*)? $` after the separator; it always matches. */
function valueAt(text: string, quotes: QuoteIndex, start: number): { valueEnd: number; end: number } {
  const firstVisible = skipSpaces(text, start);
  if (QUOTES.has(text[firstVisible] ?? '')) {
    const quoted = quotedValue(text, quotes, firstVisible);
    if (quoted) return quoted;
  }
  let stop = start;
  while (stop < text.length && text[stop] !== '#' && text[stop] !== '\n') stop++;
  // tailEnd cannot fail here: `stop` is at `#`, a newline or the end.
  return { valueEnd: stop, end: tailEnd(text, stop) };
}

function entryFromKey(text: string, quotes: QuoteIndex, keyStart: number): RawEntry | undefined {
  let keyEnd = keyStart;
  while (keyEnd < text.length && isKeyChar(text.charCodeAt(keyEnd))) keyEnd++;
  if (keyEnd === keyStart) return undefined;
  const key = text.slice(keyStart, keyEnd);
  const equals = skipSpaces(text, keyEnd);
  let valueStart: number;
  if (text[equals] === '=') valueStart = equals + 1;
  // `KEY: value` needs at least one whitespace character after the colon.
  else if (text[keyEnd] === ':' && isSpace(text.charCodeAt(keyEnd + 1))) valueStart = keyEnd + 2;
  else return undefined;
  return { key, keyStart, valueStart, ...valueAt(text, quotes, valueStart) };
}

function entryAt(text: string, quotes: QuoteIndex, lineStart: number): RawEntry | { failedAt: number } {
  const first = skipSpaces(text, lineStart);
  if (text.startsWith('export', first) && isSpace(text.charCodeAt(first + 6))) {
    const exported = entryFromKey(text, quotes, skipSpaces(text, first + 6));
    if (exported) return exported;
  }
  return entryFromKey(text, quotes, first) ?? { failedAt: first };
}

/** The first position at or after `from` where `^` matches in multiline mode, or -1. */
function lineStartFrom(text: string, from: number): number {
  if (from === 0 || (from <= text.length && isLineTerminator(text.charCodeAt(from - 1)))) {
    return from < text.length ? from : -1;
  }
  const terminator = endOfLine(text, from);
  return terminator + 1 < text.length ? terminator + 1 : -1;
}

/**
 * dotenv's `.replace(/^(['"`])([\s\S]*)\1$/mg, '$2')` as the offsets it keeps: a quote at a line
 * start pairs with the last same quote at a line end, without the regex's quadratic backtracking.
 */
function keptByQuoteStripping(value: string): Array<[number, number]> {
  const lastClosing = new Map<string, number>();
  for (let at = 0; at < value.length; at++) {
    const char = value[at]!;
    if (QUOTES.has(char) && (at + 1 === value.length || isLineTerminator(value.charCodeAt(at + 1)))) lastClosing.set(char, at);
  }
  const kept: Array<[number, number]> = [];
  let copied = 0;
  for (let at = 0; at < value.length; at++) {
    const atLineStart = at === 0 || isLineTerminator(value.charCodeAt(at - 1));
    const closing = lastClosing.get(value[at]!);
    if (atLineStart && closing !== undefined && closing > at) {
      kept.push([copied, at], [at + 1, closing]);
      copied = closing + 1;
      at = closing;
    }
  }
  kept.push([copied, value.length]);
  return kept.filter(([start, end]) => end > start);
}

/**
 * Offsets in the text dotenv reads (CRLF and CR turned into LF) back to the file's own: `at(i)`
 * is where normalized character i starts, so a normalized LF from CRLF spans both characters.
 */
class Normalized {
  readonly text: string;
  private readonly starts: number[] | undefined;

  constructor(private readonly original: string) {
    if (!original.includes('\r')) {
      this.text = original;
      return;
    }
    const starts: number[] = [];
    let text = '';
    for (let at = 0; at < original.length; at++) {
      starts.push(at);
      if (original[at] === '\r') {
        text += '\n';
        if (original[at + 1] === '\n') at++;
      } else text += original[at];
    }
    this.text = text;
    this.starts = starts;
  }

  at(index: number): number {
    if (!this.starts) return index;
    return index < this.starts.length ? this.starts[index]! : this.original.length;
  }
}

/** The entry as dotenv reads it: trimmed, quotes stripped, `\n`/`\r` decoded in double quotes. */
function toEntry(raw: RawEntry, source: Normalized): DotenvEntry {
  const text = source.text;
  const trimmedStart = skipSpaces(text, raw.valueStart);
  let trimmedEnd = Math.max(raw.valueEnd, trimmedStart);
  while (trimmedEnd > trimmedStart && isSpace(text.charCodeAt(trimmedEnd - 1))) trimmedEnd--;
  const trimmed = text.slice(trimmedStart, trimmedEnd);
  const kept = keptByQuoteStripping(trimmed);
  const quoteStripped = trimmed.length > 0 && QUOTES.has(trimmed[0]!) && (kept[0]?.[0] ?? 1) > 0;
  const decodes = trimmed[0] === '"';
  const offsets = kept.flatMap(([start, end]) => Array.from({ length: end - start }, (_, index) => trimmedStart + start + index));
  const builder = new MappedTextBuilder();
  for (let index = 0; index < offsets.length; index++) {
    const from = offsets[index]!;
    const next = offsets[index + 1];
    const escape = decodes && text[from] === '\\' && next !== undefined ? ESCAPES[text[next]!] : undefined;
    if (escape === undefined) builder.push(text[from]!, source.at(from), source.at(from + 1));
    else {
      builder.push(escape, source.at(from), source.at(next! + 1));
      index++;
    }
  }
  const valueSpan = { start: source.at(trimmedStart), end: source.at(trimmedEnd) };
  return {
    key: raw.key,
    keySpan: { start: source.at(raw.keyStart), end: source.at(raw.keyStart + raw.key.length) },
    value: builder.build(valueSpan),
    valueSpan,
    quote: quoteStripped ? (trimmed[0] as '"' | "'" | '`') : undefined,
  };
}

/** Every entry of a .env file in order, duplicates included (dotenv keeps the last). */
export function parseDotenv(text: string): DotenvEntry[] {
  const source = new Normalized(text);
  const normalized = source.text;
  const quotes = new QuoteIndex(normalized);
  const entries: DotenvEntry[] = [];
  let lineStart = lineStartFrom(normalized, 0);
  while (lineStart >= 0) {
    const entry = entryAt(normalized, quotes, lineStart);
    if ('key' in entry) {
      entries.push(toEntry(entry, source));
      lineStart = lineStartFrom(normalized, entry.end);
    } else {
      // Every line start up to the first visible character fails the same way.
      lineStart = entry.failedAt >= normalized.length ? -1 : lineStartFrom(normalized, entry.failedAt + 1);
    }
  }
  return entries;
}

/** A .env file as `dotenv.parse` returns it: each name's value, the later duplicate winning. */
export function readEnvFile(text: string): Map<string, string> {
  return new Map(parseDotenv(text).map((entry) => [entry.key, entry.value.text]));
}
