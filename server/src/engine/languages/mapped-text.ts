import type { Span } from '../types';

/**
 * A decoded string (a JSON/YAML scalar, a joined Dockerfile instruction, a shell word) that
 * remembers where each of its characters came from in the scanned file, so a match inside
 * the decoded value is reported at its exact source range.
 */
export class MappedText {
  /**
   * @param starts/ends source span of each character of `text` (an escape like `\n` is one
   *   character spanning two source characters). When absent (a folded YAML block, say),
   *   every inner span maps to `whole`, the value's full source span.
   */
  constructor(
    readonly text: string,
    readonly whole: Span,
    private readonly starts?: readonly number[],
    private readonly ends?: readonly number[],
  ) {}

  /** A text whose characters sit contiguously in the source from `start` on. */
  static contiguous(text: string, start: number): MappedText {
    const starts = Array.from({ length: text.length }, (_, i) => start + i);
    return new MappedText(text, { start, end: start + text.length }, starts, starts.map((s) => s + 1));
  }

  /** Whether inner spans are exact (false: they all fall back to the whole value). */
  get exact(): boolean {
    return this.starts !== undefined;
  }

  /** Source offset where character `index` starts (no allocation: used per character). */
  startAt(index: number): number {
    if (!this.starts) return this.whole.start;
    return index < this.starts.length ? this.starts[index]! : this.whole.end;
  }

  /** Source offset where character `index` ends. */
  endAt(index: number): number {
    if (!this.ends) return this.whole.end;
    return index < this.ends.length ? this.ends[index]! : this.whole.end;
  }

  /** Source span of `text.slice(start, end)`; an empty slice maps to an empty span where it sits. */
  span(start: number, end: number): Span {
    if (!this.starts || !this.ends) return { ...this.whole };
    if (start >= end) {
      const at = start < this.starts.length ? this.starts[start]! : this.whole.end;
      return { start: at, end: at };
    }
    return { start: this.starts[start]!, end: this.ends[Math.min(end, this.ends.length) - 1]! };
  }

  /** This text, read as the decoded form of `outer.text`: spans are mapped on into outer's source. */
  through(outer: MappedText): MappedText {
    const whole = outer.span(this.whole.start, this.whole.end);
    if (!this.starts || !this.ends || !outer.exact) return new MappedText(this.text, whole);
    const starts = this.starts.map((start) => outer.startAt(start));
    const ends = this.ends.map((end) => outer.endAt(end - 1));
    return new MappedText(this.text, whole, starts, ends);
  }

  slice(start: number, end = this.text.length): MappedText {
    const text = this.text.slice(start, end);
    if (!this.starts || !this.ends) return new MappedText(text, this.whole);
    return new MappedText(text, this.span(start, end), this.starts.slice(start, end), this.ends.slice(start, end));
  }
}

/** Builds a MappedText one character (or decoded escape) at a time. */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Appends `chars`, decoded from the source span [start, end). */
  push(chars: string, start: number, end = start + 1): void {
    for (let i = 0; i < chars.length; i++) {
      this.starts.push(start);
      this.ends.push(end);
    }
    this.parts.push(chars);
  }

  get length(): number {
    return this.starts.length;
  }

  build(whole: Span): MappedText {
    return new MappedText(this.parts.join(''), whole, this.starts, this.ends);
  }
}
