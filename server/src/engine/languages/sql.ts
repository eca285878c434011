// A small SQL lexer for the scripts a repository commits (docker-entrypoint-initdb.d, migrations,
// installers), across dialects: MySQL, PostgreSQL (and psql), Oracle, SQL Server, Cassandra's CQL.
// Words, string literals (decoded, each character mapped to its source), quoted identifiers, psql
// variables and single punctuation; comments are skipped and a dollar-quoted body (`DO $$ … $$`) is
// read as the statements it holds. Not a parser: statement shapes are read from the token run. One
// pass, linear.
import { MappedText } from './mapped-text';

export type SqlToken =
  | { kind: 'word'; text: string; start: number; end: number }
  /** `'…'`, `N'…'`, `E'…'`: the decoded text. */
  | { kind: 'string'; value: MappedText; start: number; end: number }
  /** `"…"`: an identifier in standard SQL, but Oracle's `IDENTIFIED BY "…"` quotes a password this way. */
  | { kind: 'quoted'; value: MappedText; start: number; end: number }
  /** psql's `:name`, `:'name'`, `:"name"`: a value set on the command line, not a literal. */
  | { kind: 'variable'; start: number; end: number }
  | { kind: 'punct'; text: string; start: number; end: number };

const isWordStart = (char: string): boolean => /[A-Za-z_]/.test(char);
const isWordChar = (char: string): boolean => /[\w$#]/.test(char);

export function lexSql(text: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    const next = text[i + 1];
    if (char === ' ' || char === '\n' || char === '\t' || char === '\r') i++;
    else if (char === '-' && next === '-') i = lineEnd(text, i);
    else if (char === '/' && next === '*') i = blockEnd(text, i);
    else if (char === '$' && dollarTag(text, i) !== undefined) i += dollarTag(text, i)!.length;
    else if (char === ':' && (next === "'" || next === '"' || (next !== undefined && isWordStart(next)))) i = pushVariable(tokens, text, i);
    else if (char === "'" || char === '"') i = pushQuoted(tokens, text, i, i, char);
    else if ((char === 'N' || char === 'n' || char === 'E' || char === 'e') && next === "'" && !isWordChar(text[i - 1] ?? ' ')) i = pushQuoted(tokens, text, i, i + 1, "'");
    else if (isWordStart(char)) i = pushWord(tokens, text, i);
    else {
      tokens.push({ kind: 'punct', text: char, start: i, end: i + 1 });
      i++;
    }
  }
  return tokens;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

function blockEnd(text: string, from: number): number {
  const end = text.indexOf('*/', from + 2);
  return end < 0 ? text.length : end + 2;
}

/** `$$` or `$tag$` opening or closing a PostgreSQL dollar-quoted body. */
function dollarTag(text: string, at: number): string | undefined {
  return /^\$(?:[A-Za-z_]\w{0,62})?\$/.exec(text.slice(at, at + 65))?.[0];
}

function pushWord(tokens: SqlToken[], text: string, from: number): number {
  let end = from + 1;
  while (end < text.length && isWordChar(text[end]!)) end++;
  tokens.push({ kind: 'word', text: text.slice(from, end), start: from, end });
  return end;
}

function pushVariable(tokens: SqlToken[], text: string, from: number): number {
  const quote = text[from + 1]!;
  let end = from + 2;
  if (quote === "'" || quote === '"') {
    while (end < text.length && text[end] !== quote && text[end] !== '\n') end++;
    end = Math.min(end + 1, text.length);
  } else {
    while (end < text.length && isWordChar(text[end]!)) end++;
  }
  tokens.push({ kind: 'variable', start: from, end });
  return end;
}

/** A quoted run from `open` (the quote), a doubled quote standing for one; `from` includes any prefix letter. */
function pushQuoted(tokens: SqlToken[], text: string, from: number, open: number, quote: string): number {
  let value = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = open + 1;
  while (i < text.length) {
    if (text[i] === quote && text[i + 1] === quote) {
      value += quote;
      starts.push(i);
      ends.push(i + 2);
      i += 2;
    } else if (text[i] === quote) {
      break;
    } else {
      value += text[i];
      starts.push(i);
      ends.push(i + 1);
      i++;
    }
  }
  const end = Math.min(i + 1, text.length);
  const mapped = new MappedText(value, { start: open + 1, end: i }, starts, ends);
  tokens.push({ kind: quote === "'" ? 'string' : 'quoted', value: mapped, start: from, end });
  return end;
}
