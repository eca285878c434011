// Procfile: `<process type>: <command>` per line, as Heroku and foreman read it.
import type { Span } from '../types';
import { MappedText } from './mapped-text';

export interface ProcfileEntry {
  name: string;
  nameSpan: Span;
  /** The command, trimmed, mapped to its source. */
  command: MappedText;
}

const ENTRY = /^([A-Za-z0-9_-]+)[ \t]*:[ \t]*/;

export function parseProcfile(text: string): ProcfileEntry[] {
  const entries: ProcfileEntry[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    const line = text.slice(start, end);
    const match = ENTRY.exec(line);
    if (match) {
      const command = line.slice(match[0].length).trimEnd();
      entries.push({
        name: match[1]!,
        nameSpan: { start, end: start + match[1]!.length },
        command: MappedText.contiguous(command, start + match[0].length),
      });
    }
    start = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
  }
  return entries;
}
