// cdimascio/dotenv-java (DotenvParser.java): each trimmed line must match
// `^\s*([\w.\-]+)\s*(=)\s*('[^']*'|"[^"]*"|[^#]*)?\s*(#.*)?$`, and the value, trimmed, loses its
// surrounding quotes only when they are double quotes. There are no escapes: a value holding both
// `"` and `#` (or a line break, or spaces at its ends with a `"`) cannot be written.
import type { DialectRules } from './envDialect';

/** Java's String.trim: every char up to U+0020 at both ends. */
function javaTrim(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 32) start++;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  return text.slice(start, end);
}

/** The regex's group 3: a quoted alternative when the rest of the line is blank or a comment, else `[^#]*`. */
function valueGroup(value: string): string {
  const quote = value[0];
  if (quote === "'" || quote === '"') {
    const close = value.indexOf(quote, 1);
    if (close > 0 && /^\s*(#.*)?$/.test(value.slice(close + 1))) return value.slice(0, close + 1);
  }
  const hash = value.indexOf('#');
  return hash < 0 ? value : value.slice(0, hash);
}

function read(raw: string): string | undefined {
  if (/[\r\n\u2028\u2029]/.test(raw)) return undefined;
  const line = javaTrim(`K=${raw}`);
  const group = valueGroup(line.slice(2).replace(/^\s+/, ''));
  const trimmed = javaTrim(group);
  const quoted = trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"');
  // normalizeValue cuts at the untrimmed group's length: only an unpadded quoted group reads as its inside.
  if (quoted && trimmed !== group) return undefined;
  return quoted ? trimmed.slice(1, -1) : trimmed;
}

export const javaDialect: DialectRules = {
  // Unquoted reads as typed unless it holds `#` or has padding or quotes at both ends; the reader decides.
  forms: (value) => (/[\r\n\u2028\u2029]/.test(value) ? [] : [value, ...(value.includes('"') ? [] : [`"${value}"`])]),
  read,
};
