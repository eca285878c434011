// A small exact reader for php.ini-style files: `key = value` lines, `;` (and `#`) comments,
// `[Section]` headers, values bare or in double/single quotes. Each entry keeps the source
// offsets of its key and value, so findings land on the exact characters.
import type { Span } from '../types';

export interface IniEntry {
  /** The section the entry sits in (`Session`), '' before the first header. */
  section: string;
  key: string;
  keySpan: Span;
  /** The value with quotes removed and a trailing comment dropped. */
  value: string;
  /** The value as written, quotes included (empty at the end of the `=` line when there is no value). */
  valueSpan: Span;
  /** Offset of the value's first character inside its quotes. */
  valueStart: number;
  quoted: boolean;
}

export interface IniOptions {
  /**
   * Also `key value` lines, a key and its value parted by spaces: Fluentd's and Fluent Bit's directives
   * (`password "…"`, `HTTP_Passwd …`); `<match …>` tags and `@type` lines are no entries.
   */
  spaceSeparated?: boolean;
  /**
   * A `;` ends a bare value only at its start or after a space: Go's readers (beego's app.conf, go-ini) and Python's
   * configparser keep `xsrfkey = Zp4!rQ8m;Lx2v…` whole. php.ini's reader cuts at any `;`, the default.
   */
  commentAfterSpace?: boolean;
}

/** Every `key = value` line; lines that are none of entry, comment, section or blank are skipped. */
export function parseIni(text: string, options: IniOptions = {}): IniEntry[] {
  const entries: IniEntry[] = [];
  let section = '';
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const header = /^\s*\[([^\]\r\n]*)\]/.exec(line);
    if (header) section = header[1]!.trim();
    else {
      const entry = entryOf(line, lineStart, section, options.commentAfterSpace === true) ?? (options.spaceSeparated ? directiveOf(line, lineStart, section) : undefined);
      if (entry) entries.push(entry);
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return entries;
}

function entryOf(line: string, offset: number, section: string, commentAfterSpace: boolean): IniEntry | undefined {
  const equals = line.indexOf('=');
  const first = line.search(/\S/);
  if (equals <= 0 || first < 0 || first >= equals || line[first] === ';' || line[first] === '#') return undefined;
  const key = line.slice(first, equals).trimEnd();
  if (isLineComment(key)) return undefined;
  const keySpan = { start: offset + first, end: offset + first + key.length };
  const value = valueOf(line, equals + 1, commentAfterSpace);
  // `password=<password>"`: the last line of a string that opened lines above, not an entry.
  if (!value.quoted && CLOSES_STRING.test(value.text)) return undefined;
  const valueSpan = { start: offset + value.start, end: offset + value.end };
  return { section, key, keySpan, value: value.text, valueSpan, valueStart: valueSpan.start + (value.quoted ? 1 : 0), quoted: value.quoted };
}

/**
 * `//auth_token = "…"` in an Icinga 2 or other C-like `.conf`: a line commented out with `//`. Not
 * npm's `//registry.example.com/:_authToken=…`, whose key goes on with a host, a path and a colon.
 */
function isLineComment(key: string): boolean {
  return key.startsWith('//') && !/[/:]/.test(key.slice(2));
}

/** A bare value ending in a quote it never opened. */
const CLOSES_STRING = /^[^"']*["']$/;

/** `key value`: a name, spaces, then the value, quoted or up to a ` #` comment. */
const DIRECTIVE = /^([ \t]*)([A-Za-z_][\w.-]{0,120}|"[^"\r\n]{1,200}")[ \t]+(?=\S)/;

function directiveOf(line: string, offset: number, section: string): IniEntry | undefined {
  const match = DIRECTIVE.exec(line);
  if (!match) return undefined;
  // yarn 1's `.yarnrc` quotes a key that holds a URL: `"//registry.example.com/:_authToken" "…"`.
  const quotedKey = match[2]!.startsWith('"') ? 1 : 0;
  const key = match[2]!.slice(quotedKey, match[2]!.length - quotedKey);
  const keySpan = { start: offset + match[1]!.length + quotedKey, end: offset + match[1]!.length + quotedKey + key.length };
  const comment = line.indexOf(' #', match[0].length);
  const value = valueOf(comment < 0 ? line : line.slice(0, comment), match[0].length);
  const valueSpan = { start: offset + value.start, end: offset + value.end };
  return { section, key, keySpan, value: value.text, valueSpan, valueStart: valueSpan.start + (value.quoted ? 1 : 0), quoted: value.quoted };
}

/** The first `;` at `start` or after a space or tab: an inline comment for readers that need the space. */
function spacedComment(line: string, start: number): number {
  if (line[start] === ';') return start;
  const match = /[ \t];/.exec(line.slice(start));
  return match ? start + match.index : -1;
}

/** The first `#` at `start` or after a space or tab: an inline comment (go-ini, configparser with `inline_comment_prefixes`). */
function hashComment(line: string, start: number): number {
  if (line[start] === '#') return start;
  const match = /[ \t]#/.exec(line.slice(start));
  return match ? start + match.index : -1;
}

/** The value after `=`: quoted (up to the closing quote) or bare (up to a `;` or ` #` comment), trimmed. */
function valueOf(line: string, from: number, commentAfterSpace = false): { text: string; start: number; end: number; quoted: boolean } {
  let start = from;
  while (start < line.length && /\s/.test(line[start]!)) start++;
  const quote = line[start];
  if (quote === '"' || quote === "'") {
    const close = line.indexOf(quote, start + 1);
    if (close > start) return { text: line.slice(start + 1, close), start, end: close + 1, quoted: true };
  }
  const semicolon = commentAfterSpace ? spacedComment(line, start) : line.indexOf(';', start);
  // go-ini and configparser (inline_comment_prefixes) also end a bare value at ` # …`; a `#` inside a
  // word (`p#ss`) stays, as those readers keep it.
  const hash = hashComment(line, start);
  const comment = semicolon < 0 ? hash : hash < 0 ? semicolon : Math.min(semicolon, hash);
  let end = comment < 0 ? line.length : comment;
  while (end > start && /\s/.test(line[end - 1]!)) end--;
  return { text: line.slice(start, end), start, end, quoted: false };
}
