// A small HOCON reader (Typesafe Config: Akka, Play, Ktor's application.conf): the scalar
// fields of the file with their full dotted paths, one pass, linear time. Enough to find a
// literal under `db.password` or `ktor { security { jwt { secret = ... } } }`; not a full
// HOCON implementation (no merging, no includes, arrays only skipped).
import { MappedText } from './mapped-text';

export interface HoconField {
  /** Full path: `ktor.security.jwt.secret`, object nesting and dotted keys joined. */
  path: string[];
  /** The value, quotes removed; a value with a substitution is not a literal. */
  value: MappedText;
  /** Whether the value contains `${...}` or `${?...}`: read from elsewhere. */
  substituted: boolean;
}

const KEY_END = new Set(['=', ':', '{', ' ', '\t', '\n', '\r', '+']);
const VALUE_END = new Set(['\n', '\r', ',', '}', ']']);

export function parseHocon(text: string): HoconField[] {
  return new HoconReader(text).read();
}

class HoconReader {
  private i = 0;
  private readonly fields: HoconField[] = [];
  /** Path prefixes of the open objects. */
  private readonly stack: string[][] = [[]];

  constructor(private readonly text: string) {}

  read(): HoconField[] {
    while (this.i < this.text.length) {
      this.skipSeparators();
      const char = this.text[this.i];
      if (char === undefined) break;
      if (char === '}') {
        if (this.stack.length > 1) this.stack.pop();
        this.i++;
      } else if (char === '{') {
        this.stack.push(this.prefix());
        this.i++;
      } else if (this.text.startsWith('include', this.i) && /\s/.test(this.text[this.i + 7] ?? '')) {
        this.skipLine();
      } else {
        this.field();
      }
    }
    return this.fields;
  }

  private prefix(): string[] {
    return this.stack[this.stack.length - 1] ?? [];
  }

  private field(): void {
    const start = this.i;
    const key = this.key();
    if (key.length === 0 || this.i === start) {
      this.skipLine();
      return;
    }
    this.skipSpaces();
    if (this.text.startsWith('+=', this.i)) this.i += 2;
    else if (this.text[this.i] === '=' || this.text[this.i] === ':') this.i++;
    this.skipSpaces();
    const path = [...this.prefix(), ...key];
    const char = this.text[this.i];
    if (char === '{') {
      this.stack.push(path);
      this.i++;
    } else if (char === '[') {
      this.skipArray();
    } else {
      this.value(path);
    }
  }

  /** A key path: `a.b."c.d"`. */
  private key(): string[] {
    const segments: string[] = [];
    let current = '';
    while (this.i < this.text.length) {
      const char = this.text[this.i]!;
      if (char === '"') {
        current += this.quoted().text;
      } else if (char === '.') {
        segments.push(current);
        current = '';
        this.i++;
      } else if (KEY_END.has(char) || char === '}' || char === '#' || char === ',') {
        break;
      } else {
        current += char;
        this.i++;
      }
    }
    if (current !== '') segments.push(current);
    return segments;
  }

  private value(path: string[]): void {
    const text = this.text;
    if (text.startsWith('"""', this.i)) {
      const start = this.i + 3;
      const close = text.indexOf('"""', start);
      const end = close < 0 ? text.length : close;
      this.i = close < 0 ? text.length : close + 3;
      this.push(path, MappedText.contiguous(text.slice(start, end), start), false);
      return;
    }
    let decoded: MappedText | undefined;
    let quotes = 0;
    let unquoted = false;
    let substituted = false;
    const rawStart = this.i;
    let rawEnd = this.i;
    while (this.i < text.length) {
      const char = text[this.i]!;
      if (VALUE_END.has(char) || char === '#' || text.startsWith('//', this.i)) break;
      if (char === '"') {
        decoded = this.quoted();
        quotes++;
      } else if (text.startsWith('${', this.i)) {
        substituted = true;
        // Advance to the closing brace, never past the line: one pass over the value.
        while (this.i < text.length && text[this.i] !== '}' && text[this.i] !== '\n') this.i++;
        if (text[this.i] === '}') this.i++;
      } else {
        if (char !== ' ' && char !== '\t') unquoted = true;
        this.i++;
        if (char === ' ' || char === '\t') continue;
      }
      rawEnd = this.i;
    }
    const raw = text.slice(rawStart, rawEnd);
    // One quoted string is its decoded text; anything else (unquoted, concatenated) as written.
    const only = decoded && quotes === 1 && !unquoted && !substituted ? decoded : undefined;
    this.push(path, only ?? MappedText.contiguous(raw, rawStart), substituted);
  }

  private push(path: string[], value: MappedText, substituted: boolean): void {
    if (value.text !== '' || substituted) this.fields.push({ path, value, substituted });
  }

  /** A "..." string from the opening quote; escapes decoded (the span then covers the whole string). */
  private quoted(): MappedText {
    const start = this.i + 1;
    let end = start;
    let escaped = false;
    let out = '';
    while (end < this.text.length && this.text[end] !== '"' && this.text[end] !== '\n') {
      if (this.text[end] === '\\' && end + 1 < this.text.length) {
        escaped = true;
        const next = this.text[end + 1]!;
        out += next === 'n' ? '\n' : next === 't' ? '\t' : next;
        end += 2;
      } else {
        out += this.text[end];
        end++;
      }
    }
    this.i = Math.min(this.text.length, end + 1);
    return escaped ? new MappedText(out, { start, end }) : MappedText.contiguous(out, start);
  }

  private skipArray(): void {
    let depth = 0;
    while (this.i < this.text.length) {
      const char = this.text[this.i]!;
      if (char === '"') {
        this.quoted();
        continue;
      }
      if (char === '#' || this.text.startsWith('//', this.i)) {
        this.i = this.lineEnd();
        continue;
      }
      if (char === '[') depth++;
      if (char === ']') depth--;
      this.i++;
      if (depth === 0) return;
    }
  }

  private skipSeparators(): void {
    while (this.i < this.text.length) {
      const char = this.text[this.i]!;
      if (char === '#' || this.text.startsWith('//', this.i)) this.i = this.lineEnd();
      else if (char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === ',') this.i++;
      else return;
    }
  }

  private skipSpaces(): void {
    while (this.text[this.i] === ' ' || this.text[this.i] === '\t') this.i++;
  }

  private skipLine(): void {
    this.i = this.lineEnd();
  }

  private lineEnd(): number {
    const newline = this.text.indexOf('\n', this.i);
    return newline < 0 ? this.text.length : newline;
  }
}

/** The variable of an optional or required substitution: `${?SMTP_HOST}`, `${SMTP_HOST}`. */
const SUBSTITUTED_VARIABLE = /\$\{\??\s*([A-Za-z_][\w.]*)\s*\}/;

/**
 * For each literal field that a later substitution at the same path overrides (`host = "…"` then
 * `host = ${?SMTP_HOST}`, Play's documented shape), the index of that substitution and the variable it reads:
 * the literal is the default when the variable is unset.
 */
export function overriddenFields(fields: readonly HoconField[]): Map<number, { variable: string | undefined }> {
  const lastSubstituted = new Map(fields.flatMap((field, at) => (field.substituted ? [[field.path.join('.'), at] as const] : [])));
  const overridden = new Map<number, { variable: string | undefined }>();
  for (const [index, field] of fields.entries()) {
    const substitution = field.substituted ? -1 : (lastSubstituted.get(field.path.join('.')) ?? -1);
    if (substitution > index) overridden.set(index, { variable: SUBSTITUTED_VARIABLE.exec(fields[substitution]!.value.text)?.[1] });
  }
  return overridden;
}
