// A small, tolerant TOML reader (Go and Rust service configs, Streamlit's secrets.toml, fly.toml,
// netlify.toml, pyproject.toml): every scalar value with its full key path, from `[table]` and
// `[[array.table]]` headers, dotted and quoted keys, inline tables and arrays. One pass, linear
// time. Not a validator: a line it cannot read is skipped, duplicate keys are kept. Terraform's
// HCL is read alike (`hcl`): a `type "label" … {` block adds its type and labels to the paths
// inside, and a heredoc's lines are its value's, not keys (given as a value only when asked: `heredocs`).
import type { Span } from '../types';
import { MappedText, MappedTextBuilder } from './mapped-text';

export interface TomlValue {
  /** Full key path: `database.password`, `env.DATABASE_URL`; an array item adds no segment. */
  path: string[];
  /** Quotes removed and escapes decoded; a bare value (number, boolean, date) as written. */
  value: MappedText;
  /** The value as written, quotes included. */
  span: Span;
  /** A string, as opposed to a number, boolean or date. */
  quoted: boolean;
  /** An item of an array (`env = ["A=b"]`) rather than the key's own value. */
  inArray: boolean;
}

const ESCAPES: Readonly<Record<string, string>> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', '\\': '\\' };
/** Nesting beyond this is skipped: hostile input cannot make the reader recurse without bound. */
const MAX_DEPTH = 32;

export function parseToml(text: string, options: { hcl?: boolean; heredocs?: boolean } = {}): TomlValue[] {
  return new TomlReader(text, options.hcl === true, options.hcl === true && options.heredocs === true).read();
}

/** Blocks nested deeper than this add nothing more to the paths inside. */
const MAX_BLOCKS = 32;

class TomlReader {
  private i = 0;
  private readonly values: TomlValue[] = [];

  constructor(
    private readonly text: string,
    private readonly hcl: boolean,
    /** Heredoc bodies as string values (a Nomad template's script); most readers want none of their lines. */
    private readonly heredocs: boolean,
  ) {}

  read(): TomlValue[] {
    let table: string[] = [];
    const blocks: string[][] = [];
    while (this.i < this.text.length) {
      this.skipBlank(true);
      if (this.i >= this.text.length) break;
      const block = this.hcl ? this.blockLine(table, blocks) : undefined;
      if (block) table = block;
      else if (this.text[this.i] === '[') table = this.header() ?? table;
      else this.keyValue(table, 0);
      this.skipToLineEnd();
    }
    return this.values;
  }

  /**
   * HCL: `resource "aws_db_instance" "main" {` opens a block (its path returned), a `}` line
   * closes the innermost (the enclosing path returned); undefined for any other line.
   */
  private blockLine(table: string[], blocks: string[][]): string[] | undefined {
    if (this.text[this.i] === '}') {
      blocks.pop();
      this.i++;
      return blocks[blocks.length - 1] ?? [];
    }
    const start = this.i;
    const header = this.blockHeader();
    // `provider "aws" { secret_key = "…" }`: a block on one line holds its attribute, and opens nothing.
    if (header?.inline) {
      this.container('}', 0, () => this.keyValue([...table, ...header.labels], 1));
      return table;
    }
    if (header && blocks.length < MAX_BLOCKS) {
      blocks.push([...table, ...header.labels]);
      return blocks[blocks.length - 1];
    }
    this.i = start;
    return undefined;
  }

  /**
   * `type "label" ident {`: its labels, and whether the block goes on past the brace on the same line
   * (then it is read from the brace); undefined when the line is no block header.
   */
  private blockHeader(): { labels: string[]; inline: boolean } | undefined {
    const labels: string[] = [];
    for (let label = this.segment('"'); label !== undefined; label = this.segment('"')) labels.push(label);
    if (labels.length === 0 || this.text[this.i] !== '{') return undefined;
    const brace = this.i++;
    this.skipSpaces();
    const rest = this.text[this.i];
    if (rest === undefined || rest === '\n' || rest === '\r' || rest === '#' || this.text.startsWith('//', this.i)) return { labels, inline: false };
    this.i = brace;
    return { labels, inline: true };
  }

  /** `[a.b]` or `[[a.b]]`: the table's path. */
  private header(): string[] | undefined {
    this.i += this.text.startsWith('[[', this.i) ? 2 : 1;
    const path = this.key();
    this.skipSpaces();
    return this.text[this.i] === ']' ? path : undefined;
  }

  /** `key = value`, inside `prefix`; false when the line holds none. */
  private keyValue(prefix: readonly string[], depth: number): boolean {
    const start = this.i;
    const key = this.key();
    this.skipSpaces();
    if (key.length === 0 || this.text[this.i] !== '=') {
      if (this.i === start) this.i++;
      return false;
    }
    this.i++;
    this.skipSpaces();
    this.value([...prefix, ...key], false, depth);
    return true;
  }

  /** A dotted key: `a.b."c.d".'e'`, spaces allowed around the dots. */
  private key(): string[] {
    const segments: string[] = [];
    for (let segment = this.segment(`"'`); segment !== undefined; segment = this.segment(`"'`)) {
      segments.push(segment);
      this.skipSpaces();
      if (this.text[this.i] !== '.') break;
      this.i++;
    }
    return segments;
  }

  /** After spaces, a quoted segment (a quote from `quotes`) or a bare one; undefined when neither starts here. */
  private segment(quotes: string): string | undefined {
    this.skipSpaces();
    const char = this.text[this.i];
    if (char !== undefined && quotes.includes(char)) return this.singleLine(char).text;
    const start = this.i;
    while (this.i < this.text.length && /[A-Za-z0-9_-]/.test(this.text[this.i]!)) this.i++;
    return this.i === start ? undefined : this.text.slice(start, this.i);
  }

  private value(path: string[], inArray: boolean, depth: number): void {
    const char = this.text[this.i];
    const start = this.i;
    if (char === '{') return this.container('}', depth, () => this.keyValue(path, depth + 1));
    if (char === '[') return this.container(']', depth, () => this.value(path, true, depth + 1));
    if (char === '"' || char === "'") {
      const triple = this.text.startsWith(char.repeat(3), this.i);
      const value = triple ? this.multiLine(char) : this.singleLine(char);
      this.values.push({ path, value, span: { start, end: this.i }, quoted: true, inArray });
      return;
    }
    while (this.i < this.text.length && !',]}#\n\r'.includes(this.text[this.i]!)) this.i++;
    const raw = this.text.slice(start, this.i).trimEnd();
    const heredoc = this.hcl ? /^<<-?([A-Za-z_]\w*)$/.exec(raw) : null;
    if (heredoc) {
      const body = this.skipHeredoc(heredoc[1]!);
      if (this.heredocs) this.values.push({ path, value: MappedText.contiguous(this.text.slice(body.start, body.end), body.start), span: { start, end: body.end }, quoted: true, inArray });
      return;
    }
    if (raw !== '') this.values.push({ path, value: MappedText.contiguous(raw, start), span: { start, end: start + raw.length }, quoted: false, inArray });
  }

  /** Past the line that holds only the heredoc's closing word (`EOF`), or to the end; the body's lines between. */
  private skipHeredoc(word: string): Span {
    this.skipToLineEnd();
    const start = Math.min(this.i + 1, this.text.length);
    while (this.i < this.text.length) {
      this.skipToLineEnd();
      this.i++;
      const end = this.text.indexOf('\n', this.i);
      if (this.text.slice(this.i, end < 0 ? this.text.length : end).trim() === word) return { start, end: Math.max(start, this.i) };
    }
    return { start, end: Math.max(start, Math.min(this.i, this.text.length)) };
  }

  /** An inline table or an array: items until `close`, separated by commas, blank lines and comments. */
  private container(close: string, depth: number, item: () => void): void {
    this.i++;
    if (depth >= MAX_DEPTH) return this.skipToLineEnd();
    while (this.i < this.text.length) {
      this.skipBlank(true);
      const char = this.text[this.i];
      if (char === close) {
        this.i++;
        return;
      }
      if (char === ',') this.i++;
      else if (char === ']' || char === '}') return; // a stray closer ends this container
      else {
        const before = this.i;
        item();
        if (this.i === before) this.i++;
      }
    }
  }

  /** `"…"` with escapes, or `'…'` literal; an unclosed string ends at the line. */
  private singleLine(quote: string): MappedText {
    const start = ++this.i;
    const builder = new MappedTextBuilder();
    while (this.i < this.text.length && this.text[this.i] !== quote && this.text[this.i] !== '\n') {
      if (quote === '"' && this.text[this.i] === '\\') this.escape(builder);
      else builder.push(this.text[this.i]!, this.i++);
    }
    const end = this.i;
    if (this.text[this.i] === quote) this.i++;
    return builder.build({ start, end });
  }

  /** `"""…"""` or `'''…'''`; the newline right after the opening quotes is not part of the value. */
  private multiLine(quote: string): MappedText {
    const closing = quote.repeat(3);
    this.i += 3;
    if (this.text[this.i] === '\r') this.i++;
    if (this.text[this.i] === '\n') this.i++;
    const start = this.i;
    const builder = new MappedTextBuilder();
    while (this.i < this.text.length && !this.text.startsWith(closing, this.i)) {
      if (quote === '"' && this.text[this.i] === '\\') this.escape(builder);
      else builder.push(this.text[this.i]!, this.i++);
    }
    const end = this.i;
    this.i = Math.min(this.text.length, this.i + 3);
    return builder.build({ start, end });
  }

  /** One escape of a basic string; a backslash at a line end joins the next non-blank text. */
  private escape(builder: MappedTextBuilder): void {
    const start = this.i;
    const next = this.text[this.i + 1] ?? '';
    if (next === '') {
      // A backslash that ends the file escapes nothing: it is read as itself, inside the text.
      builder.push('\\', start, ++this.i);
    } else if (next === 'u' || next === 'U') {
      const digits = this.text.slice(this.i + 2, this.i + (next === 'u' ? 6 : 10));
      const code = /^[0-9A-Fa-f]+$/.test(digits) ? parseInt(digits, 16) : NaN;
      this.i += 2 + digits.length;
      builder.push(code <= 0x10ffff ? String.fromCodePoint(code) : digits, start, this.i);
    } else if (next === '\n' || next === '\r' || next === ' ' || next === '\t') {
      this.i++;
      while (this.i < this.text.length && /\s/.test(this.text[this.i]!)) this.i++;
    } else {
      this.i += 2;
      builder.push(ESCAPES[next] ?? next, start, this.i);
    }
  }

  /** Spaces, and with `newlines` also line breaks and comments. */
  private skipBlank(newlines: boolean): void {
    while (this.i < this.text.length) {
      const char = this.text[this.i]!;
      if (char === '#' && newlines) this.skipToLineEnd();
      else if (char === ' ' || char === '\t' || (newlines && (char === '\n' || char === '\r'))) this.i++;
      else return;
    }
  }

  private skipSpaces(): void {
    this.skipBlank(false);
  }

  /** To the end of the line, outside any string: the rest of a header or a trailing comment. */
  private skipToLineEnd(): void {
    const newline = this.text.indexOf('\n', this.i);
    this.i = newline < 0 ? this.text.length : newline;
  }
}
