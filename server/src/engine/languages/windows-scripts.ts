// Readers for Windows scripts, line by line: cmd batch files (`*.bat`, `*.cmd`) and PowerShell
// (`*.ps1`). Each gives what a credential check needs: variables set to a value, and the other
// lines as commands for the shell lexer, with the script's variable reads (`%NAME%`, `!NAME!`,
// `$env:NAME`, `$name` in a double-quoted string) spelled `${NAME}` so they read as values from
// elsewhere. Not interpreters: no expansion, no control flow. Linear in the text.
import { lineSpans } from '../source';
import { MappedText, MappedTextBuilder } from './mapped-text';

export type ScriptLine =
  /** `set NAME=value` (cmd), `$name = "value"` / `$env:NAME = "value"` / a hashtable's `Name = "value"` (PowerShell). */
  | { readonly kind: 'assignment'; readonly name: string; readonly value: MappedText }
  /** `ConvertTo-SecureString "value" -AsPlainText`: a password whatever the variable is called. */
  | { readonly kind: 'password'; readonly value: MappedText }
  | { readonly kind: 'command'; readonly text: MappedText };

const BATCH_COMMENT = /^(?:rem(?:\s|$)|::|:[A-Za-z_])/i;
const BATCH_SET = /^set(?:\s+\/[Pp])?\s+/i;

export function batchLines(text: string): ScriptLine[] {
  const found: ScriptLine[] = [];
  for (const line of lineSpans(text)) {
    let at = line.start;
    while (at < line.end && /[ \t@]/.test(text[at]!)) at++;
    const rest = text.slice(at, line.end);
    if (rest === '' || BATCH_COMMENT.test(rest)) continue;
    const set = BATCH_SET.exec(rest);
    if (set) {
      // `set /p NAME=Prompt: ` asks the user; `set /a` is arithmetic.
      if (/\/p/i.test(set[0]) || /^\/a/i.test(rest.slice(set[0].length))) continue;
      const assignment = batchSet(text, at + set[0].length, line.end);
      if (assignment) found.push(assignment);
      continue;
    }
    // `if not defined X set "X=…"`, `if "%X%"=="" (set X=…)`: a default set under a condition.
    const conditional = /^(?:if\s|\()/i.test(rest) ? CONDITIONAL_SET.exec(rest) : null;
    const assignment = conditional ? batchSet(text, at + conditional.index + conditional[0].length, quotedSetEnd(text, at + conditional.index + conditional[0].length, line.end)) : undefined;
    if (assignment) found.push(assignment);
    else found.push({ kind: 'command', text: withReads(text, at, line.end, batchRead) });
  }
  return found;
}

const CONDITIONAL_SET = /[\s(]set\s+(?!\/)/i;

/** Where a conditional `set` ends: past its closing quote when quoted, else before a closing `)`. */
function quotedSetEnd(text: string, from: number, to: number): number {
  if (text[from] === '"') {
    const close = text.indexOf('"', from + 1);
    return close < 0 || close >= to ? to : close + 1;
  }
  const paren = text.indexOf(')', from);
  return paren < 0 || paren >= to ? to : paren;
}

/** `NAME=value` or `"NAME=value"` (the quotes bound the assignment; what follows the closing one is dropped). */
function batchSet(text: string, from: number, to: number): ScriptLine | undefined {
  let start = from;
  let end = to;
  if (text[from] === '"') {
    const close = text.lastIndexOf('"', to - 1);
    if (close <= from) return undefined;
    start = from + 1;
    end = close;
  }
  const equals = text.indexOf('=', start);
  if (equals <= start || equals >= end) return undefined;
  const name = text.slice(start, equals).trim();
  if (!/^[A-Za-z_][\w.-]{0,200}$/.test(name)) return undefined;
  const value = withReads(text, equals + 1, end, batchRead);
  return { kind: 'assignment', name, value: value.slice(0, value.text.trimEnd().length) };
}

/** The length of a cmd variable read at `at` (`%NAME%`, `%NAME:~0,4%`, `!NAME!`) and its name, or undefined. */
function batchRead(text: string, at: number, to: number): { length: number; name: string } | undefined {
  const match = /^(?:%([A-Za-z_][\w]*)(?::[^%\n]{0,40})?%|!([A-Za-z_][\w]*)!)/.exec(text.slice(at, Math.min(to, at + 250)));
  return match ? { length: match[0].length, name: (match[1] ?? match[2])! } : undefined;
}

/** Source text with each variable read spelled `${NAME}`, mapped to the read's characters. */
function withReads(text: string, from: number, to: number, read: (text: string, at: number, to: number) => { length: number; name: string } | undefined): MappedText {
  const builder = new MappedTextBuilder();
  for (let at = from; at < to; ) {
    const found = read(text, at, to);
    if (found) {
      builder.push(`\${${found.name}}`, at, at + found.length);
      at += found.length;
    } else {
      builder.push(text[at]!, at);
      at++;
    }
  }
  return builder.build({ start: from, end: to });
}

const PS_ASSIGNMENT = /^(?:\[[\w.[\]]{1,80}\]\s*)?\$(?:env:)?([A-Za-z_][\w]{0,200})\s*=\s*/i;
const PS_HASH_ENTRY = /^["']?([A-Za-z_][\w-]{0,200})["']?\s*=\s*(?=["'])/;
const PS_SECURE_STRING = /ConvertTo-SecureString\s+(?:-String\s+)?(?=["'])/i;

export function powershellLines(text: string): ScriptLine[] {
  const found: ScriptLine[] = [];
  let inBlockComment = false;
  for (const line of lineSpans(text)) {
    let at = line.start;
    while (at < line.end && /[ \t]/.test(text[at]!)) at++;
    const rest = text.slice(at, line.end);
    if (inBlockComment || rest.startsWith('<#')) {
      inBlockComment = !rest.includes('#>');
      continue;
    }
    if (rest === '' || rest.startsWith('#')) continue;
    const secure = PS_SECURE_STRING.exec(rest);
    const assigned = PS_ASSIGNMENT.exec(rest) ?? PS_HASH_ENTRY.exec(rest);
    const literal = (offset: number) => powershellString(text, at + offset, line.end);
    if (secure) {
      const value = literal(secure.index + secure[0].length);
      if (value) found.push({ kind: 'password', value });
    } else if (assigned && (text[at + assigned[0].length] === '"' || text[at + assigned[0].length] === "'")) {
      const value = literal(assigned[0].length);
      if (value) found.push({ kind: 'assignment', name: assigned[1]!, value });
    } else if (/^\$[\w:]+\s*=\s*@\{/.test(rest)) {
      found.push(...hashtableEntries(text, at, line.end));
    } else found.push({ kind: 'command', text: withReads(text, at, line.end, powershellRead) });
  }
  return found;
}

const HASHTABLE_ENTRY = /[{;]\s*["']?([A-Za-z_][\w-]{0,100})["']?\s*=\s*(?=["'])/g;

/** A one-line hashtable, `$params = @{ Server = "…"; Password = "…" }` (splatting): each quoted entry under its key. */
function hashtableEntries(text: string, from: number, to: number): ScriptLine[] {
  const entries: ScriptLine[] = [];
  const line = text.slice(from, to);
  for (const match of line.matchAll(HASHTABLE_ENTRY)) {
    const value = powershellString(text, from + match.index + match[0].length, to);
    if (value) entries.push({ kind: 'assignment', name: match[1]!, value });
  }
  return entries;
}

/** A quoted string at `from`: its content, a double-quoted one with its `$name` reads spelled `${name}`. */
function powershellString(text: string, from: number, to: number): MappedText | undefined {
  const quote = text[from]!;
  const close = text.indexOf(quote, from + 1);
  if (close < 0 || close >= to) return undefined;
  return quote === "'" ? MappedText.contiguous(text.slice(from + 1, close), from + 1) : withReads(text, from + 1, close, powershellRead);
}

/** `$env:NAME`, `$name`, `${name}`: a variable read in a PowerShell line or double-quoted string. */
function powershellRead(text: string, at: number, to: number): { length: number; name: string } | undefined {
  const match = /^\$(?:\{([^}\n]{1,200})\}|(?:env:)?([A-Za-z_][\w]{0,200}))/i.exec(text.slice(at, Math.min(to, at + 210)));
  return match ? { length: match[0].length, name: (match[1] ?? match[2])! } : undefined;
}
