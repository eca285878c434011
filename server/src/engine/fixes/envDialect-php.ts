// vlucas/phpdotenv v5 (src/Parser/EntryParser.php, Lines.php, Lexer.php): the value is trimmed
// and read by a small automaton. Single quotes are literal; double quotes decode `\"`, `\\`, `\$`
// and `\f \n \r \t \v`, and any other escape is an error; unquoted values end at whitespace, `#`
// starts a comment, and `${NAME}` resolves in both of those. A line holding `="` whose quotes do not
// close on it starts a multi-line value: also refused.
import type { DialectRules } from './envDialect';
import { backslashQuotingForms } from './envDialect-forms';

const SPACE = new Set([' ', '\t', '\n', '\r', '\v', '\f']);
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', $: '$', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

type State = 'initial' | 'unquoted' | 'single' | 'double' | 'escape' | 'whitespace' | 'comment';

/** Lines.php: a line with `="` opens a multi-line value unless two unescaped quotes close on it. */
function opensMultiline(line: string): boolean {
  if (!line.includes('="')) return false;
  const stripped = line.split('\\\\').join('');
  let quotes = 0;
  for (let at = 1; at < stripped.length; at++) if (stripped[at] === '"' && stripped[at - 1] !== '\\') quotes++;
  return quotes <= 1;
}

/** One step of EntryParser::processToken: the text it appends, the next state; undefined for an error or a variable. */
function step(state: State, char: string, next: string | undefined): { text: string; state: State } | undefined {
  const variable = char === '$' && next === '{';
  switch (state) {
    case 'initial':
    case 'unquoted':
      if (state === 'initial' && (char === "'" || char === '"')) return { text: '', state: char === "'" ? 'single' : 'double' };
      if (char === '#') return { text: '', state: 'comment' };
      if (SPACE.has(char)) return state === 'initial' ? undefined : { text: '', state: 'whitespace' };
      return variable ? undefined : { text: char, state: 'unquoted' };
    case 'single':
      return char === "'" ? { text: '', state: 'whitespace' } : { text: char, state };
    case 'double':
      if (char === '"') return { text: '', state: 'whitespace' };
      if (char === '\\') return { text: '', state: 'escape' };
      return variable ? undefined : { text: char, state };
    case 'escape':
      return ESCAPES[char] === undefined ? undefined : { text: ESCAPES[char]!, state: 'double' };
    case 'whitespace':
      if (char === '#') return { text: '', state: 'comment' };
      return SPACE.has(char) ? { text: '', state } : undefined;
    case 'comment':
      return { text: '', state };
  }
}

/** PHP's trim(): spaces, tabs, line breaks, NUL and vertical tabs at both ends. */
function phpTrim(text: string): string {
  const trimmed = (char: string | undefined) => char !== undefined && ' \t\n\r\0\v'.includes(char);
  let start = 0;
  let end = text.length;
  while (start < end && trimmed(text[start])) start++;
  while (end > start && trimmed(text[end - 1])) end--;
  return text.slice(start, end);
}

function read(raw: string): string | undefined {
  if (opensMultiline(`K=${raw}`)) return undefined;
  const value = phpTrim(raw);
  let state: State = 'initial';
  let out = '';
  for (let at = 0; at < value.length; at++) {
    const result = step(state, value[at]!, value[at + 1]);
    if (!result) return undefined;
    out += result.text;
    state = result.state;
  }
  return state === 'single' || state === 'double' || state === 'escape' ? undefined : out;
}

export const phpDialect: DialectRules = {
  forms: backslashQuotingForms,
  read,
};
