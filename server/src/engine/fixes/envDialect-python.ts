// python-dotenv (theskumar/python-dotenv, src/dotenv/parser.py and main.py): a single-quoted value
// decodes `\\` and `\'`; a double-quoted one decodes `\\ \' \" \a \b \f \n \r \t \v`; an unquoted one
// ends at whitespace + `#`. Every value, single-quoted ones included, then goes through POSIX
// interpolation of `${NAME}` (load_dotenv's default): a value holding `${` is refused.
import type { DialectRules } from './envDialect';
import { closingQuote, doubleQuotedForm, onlyCommentAfter, plainForm } from './envDialect-forms';

const DOUBLE_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
const SINGLE_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', "'": "'" };

function decode(text: string, escapes: Readonly<Record<string, string>>): string {
  let out = '';
  for (let at = 0; at < text.length; at++) {
    const decoded = text[at] === '\\' ? escapes[text[at + 1] ?? ''] : undefined;
    if (decoded === undefined) out += text[at];
    else {
      out += decoded;
      at++;
    }
  }
  return out;
}

function readQuoted(raw: string): string | undefined {
  const close = closingQuote(raw, 0);
  if (close < 0 || !onlyCommentAfter(raw, close + 1)) return undefined;
  return decode(raw.slice(1, close), raw[0] === '"' ? DOUBLE_ESCAPES : SINGLE_ESCAPES);
}

/** `re.sub(r"\s+#.*", "", part)`: cut at the first run of whitespace followed by `#` (a loop: linear on any run). */
function withoutInlineComment(part: string): string {
  for (let at = 0; at < part.length; at++) {
    if (!/\s/.test(part[at]!)) continue;
    let end = at;
    while (end < part.length && /\s/.test(part[end]!)) end++;
    if (part[end] === '#') return part.slice(0, at);
    at = end;
  }
  return part;
}

function read(raw: string): string | undefined {
  const value = raw[0] === "'" || raw[0] === '"' ? readQuoted(raw) : withoutInlineComment(raw).trimEnd();
  return value === undefined || value.includes('${') ? undefined : value;
}

export const pythonDialect: DialectRules = {
  forms: (value) => [
    ...plainForm(value),
    ...(/[\r\n]/.test(value) ? [] : [`'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`]),
    ...doubleQuotedForm(value, { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r' }),
  ],
  read,
};
