// Ruby's dotenv gem (bkeepers/dotenv, lib/dotenv/parser.rb and substitutions/): a single-quoted
// value is literal; a double-quoted or unquoted one loses the backslash of `\x` (x not `$`), then
// `$NAME`/`${NAME}` expand (`\$` keeps a dollar) and `$(...)` runs a command. `\n` and `\r` in
// double quotes mean a line break or stay as typed, by DOTENV_LINEBREAK_MODE: refused.
import type { DialectRules } from './envDialect';
import { closingQuote, doubleQuotedForm, onlyCommentAfter, plainForm, singleQuotedForm } from './envDialect-forms';

/** `\x` -> `x` for any x but `$` (parser.rb's unescape_characters). */
function unescapeCharacters(text: string): string {
  return text.replace(/\\([^$])/gs, '$1');
}

/** Variable substitution: an escaped dollar loses its backslash, a named one expands (undefined). */
function substitute(text: string): string | undefined {
  let expands = false;
  const out = text.replace(/(\\)?\$(?!\()\{?([A-Z0-9_]+)?\}?/gi, (match: string, escaped: string | undefined, name: string | undefined) => {
    if (escaped) return match.slice(1);
    if (name) expands = true;
    return match;
  });
  // A command substitution left in the text would run (`\$(` is kept literally only when balanced).
  return expands || out.includes('$(') ? undefined : out;
}

function read(raw: string): string | undefined {
  const quote = raw[0];
  if (quote === "'" || quote === '"') {
    const close = closingQuote(raw, 0);
    if (close < 0 || !onlyCommentAfter(raw, close + 1)) return undefined;
    const inner = raw.slice(1, close);
    if (quote === "'") return inner;
    return /\\[nr]/.test(inner) ? undefined : substitute(unescapeCharacters(inner));
  }
  const hash = raw.indexOf('#');
  return substitute(unescapeCharacters((hash < 0 ? raw : raw.slice(0, hash)).trim()));
}

export const rubyDialect: DialectRules = {
  forms: (value) => [...plainForm(value), ...singleQuotedForm(value), ...doubleQuotedForm(value, { '\\': '\\\\', '"': '\\"', $: '\\$' })],
  read,
};
