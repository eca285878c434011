// joho/godotenv v1.5 (parser.go): the file first loses every `---\n` (a YAML document marker) and
// CRLF. A quoted value ends at the first quote not preceded by a backslash, and loses every quote
// character at its ends; a double-quoted one then turns `\n`/`\r` into line breaks and drops the
// backslash of any other `\x` but `\$`. Unquoted and double-quoted values expand `$NAME` and
// `${NAME}` (`\$` keeps a dollar); single-quoted values are literal.
import type { DialectRules } from './envDialect';
import { backslashQuotingForms } from './envDialect-forms';

/** godotenv's isSpace: no line breaks. */
const SPACE = new Set(['\t', '\v', '\f', '\r', ' ', '\x85', '\xa0']);

function trimChar(text: string, char: string): string {
  let start = 0;
  let end = text.length;
  while (end > start && text[end - 1] === char) end--;
  while (start < end && text[start] === char) start++;
  return text.slice(start, end);
}

function expandEscapes(text: string): string {
  const lines = text.replace(/\\./g, (match) => (match === '\\n' ? '\n' : match === '\\r' ? '\r' : match));
  return lines.replace(/\\([^$])/gs, '$1');
}

/** expandVariables: `\$` keeps the dollar; a `$NAME` or `${NAME}` expands (undefined). */
function expandVariables(text: string): string | undefined {
  let expands = false;
  const out = text.replace(/(\\)?(\$)(\()?\{?([A-Z0-9_]+)?\}?/g, (match: string, escaped: string | undefined, _dollar: string, _paren: string, name: string | undefined) => {
    if (escaped) return match.slice(1);
    if (name) expands = true;
    return match;
  });
  return expands ? undefined : out;
}

/** A quoted value: the first unescaped closing quote, and nothing but blanks or a comment after it. */
function readQuoted(value: string): string | undefined {
  const quote = value[0]!;
  for (let at = 1; at < value.length; at++) {
    if (value[at] !== quote || value[at - 1] === '\\') continue;
    const rest = value.slice(at + 1).replace(/^\s+/, '');
    if (rest !== '' && !(rest.startsWith('#') && !rest.includes('\n'))) return undefined; // the rest would be read as another entry
    const inner = trimChar(value.slice(0, at), quote);
    return quote === '"' ? expandVariables(expandEscapes(inner)) : inner;
  }
  return undefined;
}

function readUnquoted(value: string): string | undefined {
  const lineEnd = value.search(/[\r\n]/);
  const line = [...(lineEnd < 0 ? value : value.slice(0, lineEnd))];
  let end = line.length;
  for (let at = end - 1; at > 0; at--) {
    if (line[at] === '#' && SPACE.has(line[at - 1]!)) {
      end = at;
      break;
    }
  }
  const kept = line.slice(0, end);
  while (kept.length > 0 && SPACE.has(kept[0]!)) kept.shift();
  while (kept.length > 0 && SPACE.has(kept[kept.length - 1]!)) kept.pop();
  return expandVariables(kept.join(''));
}

function read(raw: string): string | undefined {
  const source = `K=${raw}\n`.split('---\n').join('\n').split('\r\n').join('\n');
  let value = source.slice(2);
  while (value.length > 0 && SPACE.has(value[0]!)) value = value.slice(1);
  return value[0] === '"' || value[0] === "'" ? readQuoted(value) : readUnquoted(value);
}

export const goDialect: DialectRules = {
  forms: backslashQuotingForms,
  read,
};
