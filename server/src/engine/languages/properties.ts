// Java `.properties`, as java.util.Properties.load reads it: logical lines joined by a trailing
// odd backslash, `#`/`!` comments, keys ended by an unescaped `=`, `:` or whitespace, and
// escapes (`\t`, `\n`, `\uXXXX`, `\=`...) decoded with each character mapped to its source.
import { endsInContinuation } from '../source';
import type { Span } from '../types';
import { MappedText, MappedTextBuilder } from './mapped-text';

export interface PropertyEntry {
  key: MappedText;
  value: MappedText;
  /** The value as written (to the end of its logical line); empty where it would start when there is none. */
  valueSpan: Span;
}

interface LogicalLine {
  /** Characters with continuations removed (leading blanks of continued lines dropped). */
  chars: MappedText;
}

const BLANK = new Set([' ', '\t', '\f']);

export function parseProperties(text: string): PropertyEntry[] {
  return logicalLines(text).flatMap((line) => {
    const entry = entryOf(line.chars);
    return entry ? [entry] : [];
  });
}

function logicalLines(text: string): LogicalLine[] {
  const lines: LogicalLine[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && BLANK.has(text[i]!)) i++;
    if (i >= text.length) break;
    if (text[i] === '\n' || text[i] === '\r') {
      i = afterBreak(text, i);
      continue;
    }
    if (text[i] === '#' || text[i] === '!') {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
      continue;
    }
    const builder = new MappedTextBuilder();
    const start = i;
    for (;;) {
      let end = i;
      while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
      const continued = endsInContinuation(text, end, i) && end < text.length;
      for (let c = i; c < (continued ? end - 1 : end); c++) builder.push(text[c]!, c);
      i = end;
      if (!continued) break;
      i = afterBreak(text, i);
      while (i < text.length && BLANK.has(text[i]!)) i++;
    }
    lines.push({ chars: builder.build({ start, end: i }) });
  }
  return lines;
}

function afterBreak(text: string, i: number): number {
  return text[i] === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
}

function entryOf(line: MappedText): PropertyEntry | undefined {
  const raw = line.text;
  let i = 0;
  while (i < raw.length && !BLANK.has(raw[i]!) && raw[i] !== '=' && raw[i] !== ':') i += raw[i] === '\\' ? 2 : 1;
  const keyEnd = Math.min(i, raw.length);
  while (i < raw.length && BLANK.has(raw[i]!)) i++;
  if (raw[i] === '=' || raw[i] === ':') i++;
  while (i < raw.length && BLANK.has(raw[i]!)) i++;
  if (keyEnd === 0) return undefined;
  const valueSpan = i < raw.length ? line.span(i, raw.length) : { start: line.whole.end, end: line.whole.end };
  return { key: unescape(line, 0, keyEnd), value: unescape(line, i, raw.length), valueSpan };
}

const ESCAPES: Readonly<Record<string, string>> = { t: '\t', n: '\n', r: '\r', f: '\f' };

function unescape(line: MappedText, start: number, end: number): MappedText {
  const raw = line.text;
  const builder = new MappedTextBuilder();
  for (let i = start; i < end; i++) {
    const start = line.startAt(i);
    if (raw[i] !== '\\' || i + 1 >= end) {
      builder.push(raw[i]!, start, line.endAt(i));
      continue;
    }
    const next = raw[i + 1]!;
    if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(raw.slice(i + 2, i + 6))) {
      builder.push(String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16)), start, line.endAt(i + 5));
      i += 5;
    } else {
      builder.push(ESCAPES[next] ?? next, start, line.endAt(i + 1));
      i++;
    }
  }
  return builder.build(start < end ? line.span(start, end) : line.span(start, start));
}
