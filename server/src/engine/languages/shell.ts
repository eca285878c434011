// A small POSIX-shell lexer: words (quotes removed, each character mapped to its source)
// and control operators. Enough to read `sh -c "knex migrate:latest && node server.js"`,
// a Dockerfile RUN line or an npm script; not an interpreter (no expansion). A command substitution
// (`$(…)`, backticks) and a process substitution (`<(…)`, `>(…)`) are part of the word they sit in, however
// nested, with their scripts noted: a `|` inside `$(cat rev | tr -d '\n')` is no pipe of the command around it.
import { MappedText, MappedTextBuilder } from './mapped-text';

export type ShellOperator = '&&' | '||' | ';' | '|' | '&' | '\n' | '(' | ')';

export interface ShellWord {
  kind: 'word';
  /** The word with quotes and escapes removed. */
  text: MappedText;
  /** Index range in the lexed text, quotes included. */
  start: number;
  end: number;
  /** Index in `text.text` of the first `=` outside quotes, or -1 (for `NAME=value`). */
  bareEquals: number;
  /** The scripts of the word's substitutions, by index range in the lexed text (parentheses and backticks excluded). */
  substitutions?: Substitution[];
  /** On a heredoc's opener (`<<EOF`, `<<-'EOF'`, `<<` then `EOF`): the lines it feeds the command, up to its closing word. */
  heredoc?: MappedText;
}

/** `$(…)` and backticks run a command for its output; `<(…)` and `>(…)` run one beside the command, joined by a pipe. */
export interface Substitution {
  /** The script between the parentheses (or backticks), mapped to its source. */
  script: MappedText;
  process: boolean;
}

export interface ShellOp {
  kind: 'op';
  op: ShellOperator;
  start: number;
  end: number;
}

export type ShellToken = ShellWord | ShellOp;

export interface LexOptions {
  /** The escape character: `\` in a shell, or a Dockerfile's `# escape=` one. */
  escape?: string;
  /** Split at control operators (false for Dockerfile ENV/ARG values). */
  operators?: boolean;
}

const OPERATOR_CHARS = new Set(['&', '|', ';', '\n', '(', ')']);

export function lexShell(input: MappedText, options: LexOptions = {}): ShellToken[] {
  const escape = options.escape ?? '\\';
  const operators = options.operators ?? true;
  const text = input.text;
  const tokens: ShellToken[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === ' ' || char === '\t' || char === '\r' || (!operators && char === '\n')) {
      i++;
    } else if (char === escape && lineContinues(text, i + 1)) {
      // `migrate && \⏎  collectstatic`: a continued line between words is a blank, not an empty word.
      i += text[i + 1] === '\r' ? 3 : 2;
    } else if (operators && OPERATOR_CHARS.has(char) && !(char === '&' && text[i + 1] === '>')) {
      const pair = text.slice(i, i + 2);
      const op: ShellOperator = pair === '&&' || pair === '||' ? pair : (char as ShellOperator);
      tokens.push({ kind: 'op', op, start: i, end: i + op.length });
      i += op.length;
    } else if (char === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else {
      const word = readWord(input, i, escape, operators);
      tokens.push(word);
      i = word.end;
    }
  }
  if (operators && text.includes('<<')) attachHeredocs(input, tokens);
  return tokens;
}

/** A newline (LF or CRLF) at `at`: after the escape character, the line goes on. */
function lineContinues(text: string, at: number): boolean {
  return text[at] === '\n' || (text[at] === '\r' && text[at + 1] === '\n');
}

/** `<<EOF`, `<<-EOF` (quotes already removed from `<<'EOF'`); a here-string `<<<` is none. */
const HEREDOC_OPENER = /^<<-?([A-Za-z_][\w.-]{0,63})?$/;

/**
 * Gives each heredoc opener its body: the lines after the opener's line up to the one that holds only the
 * closing word (leading tabs and spaces allowed: `<<-`, a CI step's indentation), or to the end (a Dockerfile
 * RUN's bodies come without it). The body's words stay lexed as before: a script fed to `ssh host <<EOF` is one.
 */
function attachHeredocs(input: MappedText, tokens: ShellToken[]): void {
  const text = input.text;
  // The last body taken: an opener inside it is its text; one after the first opener on its line reads on after it.
  let body = { start: 0, end: 0 };
  tokens.forEach((token, index) => {
    if (token.kind !== 'word' || (token.start >= body.start && token.start < body.end)) return;
    const opener = HEREDOC_OPENER.exec(token.text.text);
    const next = tokens[index + 1];
    const delimiter = opener?.[1] ?? (opener && next?.kind === 'word' ? next.text.text : undefined);
    if (delimiter === undefined || delimiter === '') return;
    const lineEnd = text.indexOf('\n', Math.max(token.end, body.end));
    if (lineEnd < 0) return;
    const found = heredocBody(text, lineEnd + 1, delimiter);
    token.heredoc = input.slice(lineEnd + 1, found.end);
    body = { start: lineEnd + 1, end: found.resume };
  });
}

function heredocBody(text: string, start: number, delimiter: string): { end: number; resume: number } {
  for (let at = start; at < text.length; ) {
    const next = text.indexOf('\n', at);
    const lineEnd = next < 0 ? text.length : next;
    if (text.slice(at, lineEnd).trim() === delimiter) return { end: at, resume: lineEnd };
    at = lineEnd + 1;
  }
  return { end: text.length, resume: text.length };
}

function readWord(input: MappedText, from: number, escape: string, operators: boolean): ShellWord {
  const text = input.text;
  const builder = new MappedTextBuilder();
  const push = (index: number) => builder.push(text[index]!, input.startAt(index), input.endAt(index));
  const substitutions: Substitution[] = [];
  // A substitution is taken whole, as written: its quotes are its own script's.
  const substitution = (at: number): number | undefined => {
    const opener = substitutionAt(text, at, escape, operators);
    if (opener === undefined) return undefined;
    const end = substitutionEnd(text, at + opener.length, escape, opener === '`' ? '`' : '(');
    const closed = end <= text.length && text[end - 1] === (opener === '`' ? '`' : ')');
    substitutions.push({ script: input.slice(at + opener.length, closed ? end - 1 : end), process: opener !== '$(' && opener !== '`' });
    for (let k = at; k < end; k++) push(k);
    return end;
  };
  let bareEquals = -1;
  let i = from;
  while (i < text.length) {
    const char = text[i]!;
    const substituted = substitution(i);
    if (substituted !== undefined) {
      i = substituted;
      continue;
    }
    // `2>&1`, `<&3`, `&>log`: redirections, whose `&` is no operator.
    const redirection = (char === '>' || char === '<') && text[i + 1] === '&' ? 2 : char === '&' && i === from && text[i + 1] === '>' ? 2 : 0;
    if (redirection > 0) {
      push(i);
      push(i + 1);
      i += 2;
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r' || char === '\n' || (operators && OPERATOR_CHARS.has(char))) break;
    if (char === escape && i + 1 < text.length) {
      if (text[i + 1] !== '\n') push(i + 1);
      i += 2;
    } else if (char === "'") {
      i++;
      while (i < text.length && text[i] !== "'") push(i++);
      i++;
    } else if (char === '"') {
      i++;
      while (i < text.length && text[i] !== '"') {
        const inQuotes = text[i] === '$' || text[i] === '`' ? substitution(i) : undefined;
        if (inQuotes !== undefined) {
          i = inQuotes;
          continue;
        }
        const next = text[i + 1];
        if (text[i] === escape && next === '\n') {
          i += 2;
          continue;
        }
        if (text[i] === escape && next !== undefined && (next === escape || '"$`'.includes(next))) i++;
        push(i++);
      }
      i++;
    } else {
      if (char === '=' && bareEquals < 0) bareEquals = builder.length;
      push(i++);
    }
  }
  const end = Math.min(i, text.length);
  return { kind: 'word', text: builder.build(input.span(from, end)), start: from, end, bareEquals, ...(substitutions.length > 0 ? { substitutions } : {}) };
}

/** The opener of a substitution at `at`: `$(`, a backtick, or (outside quotes, in a shell) `<(` / `>(`; `$((` is arithmetic, taken the same way. */
function substitutionAt(text: string, at: number, escape: string, operators: boolean): '$(' | '<(' | '>(' | '`' | undefined {
  if (!operators) return undefined;
  const char = text[at];
  if (char === '`') return escape === '`' ? undefined : '`';
  if (text[at + 1] !== '(') return undefined;
  return char === '$' ? '$(' : char === '<' ? '<(' : char === '>' ? '>(' : undefined;
}

/**
 * The index after the `)` (or backtick) that closes a substitution opened before `from`, or the text's length when
 * none does. One pass with a stack of what is open (parentheses, double quotes, backticks), so nesting of any depth
 * costs no recursion: `"$(cd "$(dirname "$0")" && pwd)"`. Not a parser: a `case` pattern's `)` inside a substitution
 * (`$(case $x in a) …;; esac)`) closes it early, and the rest of the word reads on as before.
 */
function substitutionEnd(text: string, from: number, escape: string, opened: '(' | '`'): number {
  const open: ('(' | '"' | '`')[] = [opened];
  let i = from;
  while (i < text.length && open.length > 0) {
    const char = text[i]!;
    const top = open[open.length - 1]!;
    if (char === escape && escape !== '`') {
      i += 2;
      continue;
    }
    if (top === '`') {
      if (char === '`') open.pop();
    } else if (top === '"') {
      if (char === '"') open.pop();
      else if (char === '$' && text[i + 1] === '(') open.push('('), i++;
      else if (char === '`' && escape !== '`') open.push('`');
    } else if (char === "'") {
      const close = text.indexOf("'", i + 1);
      i = close < 0 ? text.length : close + 1;
      continue;
    } else if (char === '(' || char === '"') open.push(char);
    else if (char === ')') open.pop();
    else if (char === '`' && escape !== '`') open.push('`');
    i++;
  }
  return Math.min(i, text.length);
}

/** Words between control operators: `a b && c | d` -> [[a, b], [c], [d]], each with the operator before it. */
export interface SimpleCommand {
  words: ShellWord[];
  /** The operator that precedes this command, if any. */
  before?: ShellOp;
  /** The operator that follows it, if any. */
  after?: ShellOp;
  /** On the first command of a `case` arm: the arm's pattern (`web`, `*`, `npm`, `pnpm` for `npm|pnpm)`). */
  armPattern?: ShellWord[];
}

/**
 * A `case` statement's patterns are no commands: `yarn)` on its own line, `npm) npm ci ;;`, `pnpm|cnpm)`, `*)`.
 * Read as the shell reads them: after `case WORD in` and after each `;;` (`;&`, `;;&`), the words up to the `)`
 * are a pattern, given to the arm's first command; the header (`case "$1" in`) and `esac` stay commands of
 * their own, the block's bounds for whoever reads its arms.
 */
class CaseArms {
  private depth = 0;
  private inHeader = false;
  private inPattern = false;
  private pattern: ShellWord[] = [];
  /** The pattern of the arm whose first command comes next. */
  pending: ShellWord[] | undefined;

  /** Whether the token is a pattern's (a word, `(`, `|`, the closing `)`), not a command's. */
  skips(token: ShellToken, next: ShellToken | undefined, commandStart: boolean): boolean {
    if (token.kind === 'word') return this.word(token, commandStart);
    if (this.inPattern) {
      if (token.op === ')') [this.inPattern, this.pending, this.pattern] = [false, this.pattern, []];
      return true;
    }
    // `;;`, `;&`, `;;&`: the arm ends, a pattern comes next.
    if (this.depth > 0 && token.op === ';' && next?.kind === 'op' && next.start === token.end && (next.op === ';' || next.op === '&')) this.inPattern = true;
    return false;
  }

  /** After `in`, the header is over: it is a command of its own, and a pattern follows. */
  endsHeader(token: ShellToken): boolean {
    if (!this.inHeader || token.kind !== 'word' || token.text.text !== 'in') return false;
    [this.inHeader, this.inPattern] = [false, true];
    return true;
  }

  private word(token: ShellWord, commandStart: boolean): boolean {
    const text = token.text.text;
    if (this.inPattern && text === 'esac' && this.pattern.length === 0) return (this.inPattern = false), this.depth--, false;
    if (this.inPattern) return this.pattern.push(token), true;
    if (commandStart && text === 'case') this.depth++, (this.inHeader = true);
    else if (commandStart && text === 'esac' && this.depth > 0) this.depth--;
    return false;
  }
}

export function simpleCommands(tokens: readonly ShellToken[]): SimpleCommand[] {
  const commands: SimpleCommand[] = [];
  const cases = new CaseArms();
  let current: SimpleCommand = { words: [] };
  const push = (after?: ShellOp) => {
    if (current.words.length === 0) return;
    if (after) current.after = after;
    commands.push(current);
    current = { words: [], ...(after ? { before: after } : {}) };
  };
  for (const [index, token] of tokens.entries()) {
    if (cases.skips(token, tokens[index + 1], current.words.length === 0)) continue;
    if (token.kind === 'word') {
      if (current.words.length === 0 && cases.pending) [current.armPattern, cases.pending] = [cases.pending, undefined];
      current.words.push(token);
      if (cases.endsHeader(token)) push();
      continue;
    }
    if (token.op === '(' || token.op === ')') continue;
    if (current.words.length > 0) push(token);
    else current = { words: [], before: token };
  }
  push();
  return commands;
}
