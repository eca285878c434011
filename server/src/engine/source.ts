import type { Position, Range, Span } from './types';

/**
 * Maps UTF-16 offsets to LSP positions. Lines end at \n, \r\n or a lone \r, as LSP says. The line
 * starts are found on first use: every scan makes one, and most files end with no finding to place.
 */
export class LineIndex {
  private starts?: number[];

  constructor(private readonly text: string) {}

  private get lineStarts(): number[] {
    this.starts ??= lineStartsOf(this.text);
    return this.starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    // An offset between the \r and \n of one line break (a parser's error recovery can end a node
    // there) is the end of that line: LSP has no position inside a line break.
    return { line: low, character: Math.min(clamped, this.lineEnd(low)) - starts[low]! };
  }

  range(span: Span): Range {
    return { start: this.position(span.start), end: this.position(span.end) };
  }

  offset(position: Position): number {
    const start = this.lineStarts[Math.max(0, Math.min(position.line, this.lineStarts.length - 1))]!;
    return Math.min(start + position.character, this.lineEnd(position.line));
  }

  lineStart(line: number): number {
    return this.lineStarts[line] ?? this.text.length;
  }

  /** Offset of the end of the line's content, before its line break. */
  lineEnd(line: number): number {
    const next = this.lineStarts[line + 1];
    if (next === undefined) return this.text.length;
    let end = next;
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Each line's content (its break left out), lines as LineIndex ends them: \n, \r\n or a lone \r. */
export function lineSpans(text: string): Span[] {
  const lines = new LineIndex(text);
  return Array.from({ length: lines.lineCount }, (_, line) => ({ start: lines.lineStart(line), end: lines.lineEnd(line) }));
}

/** Whether `text` ends at `end` in an odd run of backslashes (not before `floor`): a line continued, in make and .properties. */
export function endsInContinuation(text: string, end: number, floor: number): boolean {
  let slashes = 0;
  while (end - slashes - 1 >= floor && text.charCodeAt(end - slashes - 1) === 92 /* \\ */) slashes++;
  return slashes % 2 === 1;
}
