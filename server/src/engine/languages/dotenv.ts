// An exact `.env` tokenizer, following the `dotenv` package's grammar: `export` prefixes,
// `KEY=value` and `KEY: value`, single/double/backtick quotes (multi-line allowed), escapes in
// double quotes, and `#` comments (inline after unquoted and quoted values).
import type { Span } from '../types';
import { MappedText, MappedTextBuilder } from './mapped-text';

export interface DotenvEntry {
  key: string;
  keySpan: Span;
  /** The decoded value. */
  value: MappedText;
  /** The value as written, quotes included; empty at the `=` for `KEY=`. */
  valueSpan: Span;
  quote: '"' | "'" | '`' | undefined;
}

const KEY_START = /[A-Za-z0-9_.-]/;

export function parseDotenv(text: string): DotenvEntry[] {
  const entries: DotenvEntry[] = [];
  const unclosed = new Map<string, number>();
  let i = 0;
  while (i < text.length) {
    const lineEnd = endOfLine(text, i);
    const entry = readEntry(text, i, lineEnd, unclosed);
    if (entry) {
      entries.push(entry.entry);
      i = Math.max(entry.next, lineEnd);
    } else i = lineEnd;
    i = skipBreak(text, i);
  }
  return entries;
}

function endOfLine(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

function skipBreak(text: string, i: number): number {
  if (text[i] === '\r' && text[i + 1] === '\n') return i + 2;
  return i + 1;
}

function skipBlanks(text: string, i: number, end: number): number {
  while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

/**
 * @param unclosed for each quote, the earliest offset from which no closing quote exists: once
 *   a search failed, later lines need not search again (else a file of `A="` lines is quadratic).
 */
function readEntry(text: string, lineStart: number, lineEnd: number, unclosed: Map<string, number>): { entry: DotenvEntry; next: number } | undefined {
  let i = skipBlanks(text, lineStart, lineEnd);
  if (text.startsWith('export', i) && (text[i + 6] === ' ' || text[i + 6] === '\t')) i = skipBlanks(text, i + 6, lineEnd);
  const keyStart = i;
  while (i < lineEnd && KEY_START.test(text[i]!)) i++;
  if (i === keyStart) return undefined;
  const keySpan = { start: keyStart, end: i };
  i = skipBlanks(text, i, lineEnd);
  if (text[i] === '=') i++;
  else if (text[i] === ':' && (text[i + 1] === ' ' || text[i + 1] === '\t')) i++;
  else return undefined;
  i = skipBlanks(text, i, lineEnd);
  const key = text.slice(keySpan.start, keySpan.end);
  const quote = text[i];
  if (quote === '"' || quote === "'" || quote === '`') {
    const close = i + 1 >= (unclosed.get(quote) ?? Infinity) ? -1 : findClose(text, i + 1, quote);
    if (close < 0) unclosed.set(quote, Math.min(i + 1, unclosed.get(quote) ?? Infinity));
    else {
      const value = quote === '"' ? decodeDouble(text, i + 1, close) : MappedText.contiguous(text.slice(i + 1, close), i + 1);
      return { entry: { key, keySpan, value, valueSpan: { start: i, end: close + 1 }, quote }, next: endOfLine(text, close + 1) };
    }
  }
  // Unquoted (or an unterminated quote, kept as is): up to a `#` or the end of the line, trimmed.
  let end = i;
  while (end < lineEnd && text[end] !== '#') end++;
  while (end > i && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  const value = MappedText.contiguous(text.slice(i, end), i);
  return { entry: { key, keySpan, value, valueSpan: { start: i, end }, quote: undefined }, next: lineEnd };
}

function findClose(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\' && quote === '"') i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

function decodeDouble(text: string, start: number, end: number): MappedText {
  const builder = new MappedTextBuilder();
  for (let i = start; i < end; i++) {
    const escaped = text[i] === '\\' && i + 1 < end ? ESCAPES[text[i + 1]!] : undefined;
    if (escaped !== undefined) {
      builder.push(escaped, i, i + 2);
      i++;
    } else builder.push(text[i]!, i);
  }
  return builder.build({ start: start - 1, end: end + 1 });
}
