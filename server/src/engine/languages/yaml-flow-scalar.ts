// Plain and quoted YAML scalars decoded with each character mapped to its source, over any number of lines.
// YAML folds a line break, with the spaces around it, into one space (or into one newline per empty line
// between), and in double quotes `\` at a line end joins the lines: a compose `command: sh -c "a && b` continued
// on the next line keeps `b` where it is written, so a finding on it lands on its own line.
import type { Span } from '../types';
import { MappedTextBuilder, type MappedText } from './mapped-text';

const DOUBLE_ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};
const HEX_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/** `raw` is the scalar's source, quotes included; the caller compares the result with the parsed value. */
export function decodeFlowScalar(raw: string, whole: Span, style: 'plain' | 'single' | 'double'): MappedText {
  const quoted = style !== 'plain';
  const end = quoted ? raw.length - 1 : raw.length;
  const builder = new MappedTextBuilder();
  // Spaces seen since the last content character: kept before content, dropped before a line break.
  let spaces: number[] = [];
  const flush = (): void => {
    for (const at of spaces) builder.push(raw[at]!, whole.start + at);
    spaces = [];
  };
  let i = quoted ? 1 : 0;
  while (i < end) {
    const char = raw[i]!;
    if (char === '\n' || char === '\r') {
      spaces = [];
      const breakAt = whole.start + i;
      const [next, empty] = afterBreak(raw, i, end);
      builder.push(empty === 0 ? ' ' : '\n'.repeat(empty), breakAt);
      i = next;
    } else if (char === ' ' || char === '\t') {
      spaces.push(i++);
    } else if (style === 'double' && char === '\\') {
      flush();
      i = pushDoubleEscape(raw, i, end, whole.start, builder);
    } else {
      flush();
      const quote = style === 'single' && char === "'" && raw[i + 1] === "'";
      builder.push(char, whole.start + i, whole.start + i + (quote ? 2 : 1));
      i += quote ? 2 : 1;
    }
  }
  flush();
  return builder.build(whole);
}

/** After the line break at `at`: where the next line's content starts, and how many empty lines came between. */
function afterBreak(raw: string, at: number, end: number): [number, number] {
  let i = at;
  let empty = -1;
  while (i < end) {
    if (raw[i] === '\r' && raw[i + 1] === '\n') i++;
    if (raw[i] === '\n' || raw[i] === '\r') {
      empty++;
      i++;
    } else if (raw[i] === ' ' || raw[i] === '\t') i++;
    else break;
  }
  return [i, Math.max(empty, 0)];
}

/** One escape of a double-quoted scalar at `at` (a backslash); returns where the next character starts. */
function pushDoubleEscape(raw: string, at: number, end: number, offset: number, builder: MappedTextBuilder): number {
  const next = raw[at + 1] ?? '';
  // An escaped line break joins the lines: the break and the next line's indentation are dropped.
  if (next === '\n' || next === '\r') {
    let i = at + 1;
    while (i < end && (raw[i] === '\n' || raw[i] === '\r' || raw[i] === ' ' || raw[i] === '\t')) i++;
    return i;
  }
  const hex = HEX_LENGTH[next];
  if (hex !== undefined) {
    const code = parseInt(raw.slice(at + 2, at + 2 + hex), 16);
    builder.push(Number.isNaN(code) ? '' : String.fromCodePoint(Math.min(code, 0x10ffff)), offset + at, offset + at + 2 + hex);
    return at + 2 + hex;
  }
  builder.push(DOUBLE_ESCAPES[next] ?? next, offset + at, offset + at + 2);
  return at + 2;
}
