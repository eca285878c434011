// A small reader for Makefiles (GNU make and the POSIX subset): variable assignments and recipe
// lines, each mapped to its source. Enough to see `DB_URL := postgres://u:p@…`, `export TOKEN = …`
// and a recipe's shell command; not an interpreter (no expansion, no conditionals evaluated).
// Linear: every character is read a bounded number of times.
import { endsInContinuation, lineSpans } from '../source';
import { type MappedText, MappedTextBuilder } from './mapped-text';

export type MakeLine =
  /** `NAME = value` (also `:=`, `::=`, `:::=`, `?=`, `+=`), with `export`/`override` before it or a target before it. */
  | { readonly kind: 'assignment'; readonly name: string; readonly value: MappedText }
  /** A recipe line as the shell gets it: the tab and `@`/`-`/`+` prefixes gone, `$$` as `$`, `$(NAME)` as `${NAME}`. */
  | { readonly kind: 'recipe'; readonly command: MappedText };

/** A line of the file with its continuations (a trailing `\`) joined: where it starts and ends. */
interface LogicalLine {
  start: number;
  end: number;
}

const ASSIGNMENT = /^((?:(?:export|override|private)[ \t]+)*)([A-Za-z_.][A-Za-z0-9_.-]{0,200})[ \t]*(:{1,3}=|\?=|\+=|!=|=)[ \t]*/;
const DIRECTIVE = /^(?:define|endef|ifeq|ifneq|ifdef|ifndef|else|endif|include|-include|sinclude|vpath|undefine|unexport)\b/;

/** A line that is no recipe, no comment and no `define` body: its text without the indent, and where that starts. */
interface StatementLine {
  line: LogicalLine;
  trimmed: string;
  offset: number;
}

/**
 * The file's lines as make reads them: `recipe` for a tab-indented line while `inRule()` (a rule's recipe), `statement` for
 * anything else that is not blank, a comment or a `define` body (skipped to its `endef`: read only when expanded).
 */
function eachLine(text: string, inRule: () => boolean, recipe: (line: LogicalLine) => void, statement: (line: StatementLine) => void): void {
  let inDefine = false;
  for (const line of logicalLines(text)) {
    const raw = text.slice(line.start, line.end);
    if (inDefine) {
      if (/^[ \t]*endef\b/.test(raw)) inDefine = false;
      continue;
    }
    if (raw.startsWith('\t') && inRule()) {
      recipe(line);
      continue;
    }
    const trimmed = raw.replace(/^[ \t]+/, '');
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (/^define\b/.test(trimmed)) {
      inDefine = true;
      continue;
    }
    statement({ line, trimmed, offset: line.start + (raw.length - trimmed.length) });
  }
}

export function makefileLines(text: string): MakeLine[] {
  const found: MakeLine[] = [];
  let inRule = false;
  eachLine(text, () => inRule, (line) => found.push({ kind: 'recipe', command: recipeCommand(text, line.start + 1, line.end) }), ({ line, trimmed, offset }) => {
    const assignment = assignmentAt(text, offset, line.end);
    if (assignment) {
      found.push(assignment);
      inRule = false;
      return;
    }
    if (DIRECTIVE.test(trimmed)) return;
    // A target-specific variable: `deploy: TOKEN = …`.
    const target = ruleTarget(trimmed);
    inRule = target !== undefined;
    if (target !== undefined) {
      const specific = assignmentAt(text, offset + target, line.end);
      if (specific) found.push(specific);
      else {
        // `target: ; command`: a recipe on the rule's own line.
        const semicolon = trimmed.indexOf(';', target);
        if (semicolon >= 0) found.push({ kind: 'recipe', command: recipeCommand(text, offset + semicolon + 1, line.end) });
      }
    }
  });
  return found;
}

/** Physical lines joined where one ends in an odd run of backslashes. */
function logicalLines(text: string): LogicalLine[] {
  const lines: LogicalLine[] = [];
  let start: number | undefined;
  for (const line of lineSpans(text)) {
    start ??= line.start;
    if (endsInContinuation(text, line.end, line.start) && line.end < text.length) continue;
    lines.push({ start, end: line.end });
    start = undefined;
  }
  return lines;
}

/** The index just past a rule's `target:` (or `target::`) in a line, or undefined when the line is no rule. */
function ruleTarget(line: string): number | undefined {
  const colon = line.search(/:(?!=)/);
  if (colon <= 0) return undefined;
  // `C:\path` or a URL is no rule; a target list holds no quote or `=` before its colon.
  if (/['"=]/.test(line.slice(0, colon))) return undefined;
  return line[colon + 1] === ':' ? colon + 2 : colon + 1;
}

function assignmentAt(text: string, from: number, to: number): MakeLine | undefined {
  const rest = text.slice(from, to).replace(/^[ \t]+/, '');
  const from2 = from + (to - from - rest.length);
  const match = ASSIGNMENT.exec(rest);
  // `!=` runs its value in a shell: the variable holds the command's output, not a literal.
  if (!match || match[3] === '!=') return undefined;
  const valueStart = from2 + match[0].length;
  return { kind: 'assignment', name: match[2]!, value: makeValue(text, valueStart, to) };
}

/** An assignment's value, read as the shell reads it when a recipe expands it: the comment cut, trailing blanks dropped. */
function makeValue(text: string, from: number, to: number): MappedText {
  const value = asShellText(text, from, to, true);
  return value.slice(0, value.text.trimEnd().length);
}

/** A recipe line for the shell: make's `@`/`-`/`+` prefixes dropped. */
function recipeCommand(text: string, from: number, to: number): MappedText {
  let at = from;
  while (at < to && /[@+\- \t]/.test(text[at]!)) at++;
  return asShellText(text, at, to, false);
}

/**
 * Make text as the shell will see it: `$$` made `$`, `\#` made `#` (in a value, where a bare `#`
 * opens a comment), and a make reference `$(NAME)` spelled `${NAME}`, so the shell lexer keeps it
 * in its word (it splits at `(`) and it reads as a value from elsewhere.
 */
function asShellText(text: string, from: number, to: number, cutComment: boolean): MappedText {
  const builder = new MappedTextBuilder();
  const closers: number[] = [];
  let depth = 0;
  for (let at = from; at < to; at++) {
    const char = text[at]!;
    const next = text[at + 1];
    if (cutComment && char === '#') break;
    if ((char === '$' && next === '$') || (cutComment && char === '\\' && next === '#')) {
      builder.push(char === '$' ? '$' : '#', at, at + 2);
      at++;
    } else if (char === '$' && next === '(') {
      builder.push('${', at, at + 2);
      closers.push(depth++);
      at++;
    } else if (char === ')' && closers.length > 0) {
      depth--;
      const closesReference = closers[closers.length - 1] === depth;
      if (closesReference) closers.pop();
      builder.push(closesReference ? '}' : ')', at);
    } else {
      if (char === '(' && closers.length > 0) depth++;
      builder.push(char, at);
    }
  }
  return builder.build({ start: from, end: to });
}

/** A rule of a Makefile: the targets it lists before its colon, its prerequisites, and its recipe lines for the shell. */
export interface MakeRule {
  readonly prerequisites: readonly string[];
  readonly recipes: readonly MappedText[];
}

/**
 * The Makefile's rules by target name (`upgrade_db: wait-for-db` and its tab-indented recipe), for a start command
 * that runs `make upgrade_db`. A target named by several rules gathers their prerequisites and recipes, in order.
 * Pattern rules (`%.o: %.c`) and special targets (`.PHONY`) are no command a start runs by name: skipped.
 */
export function makefileRules(text: string): ReadonlyMap<string, MakeRule> {
  const rules = new Map<string, { prerequisites: string[]; recipes: MappedText[] }>();
  let current: Array<{ prerequisites: string[]; recipes: MappedText[] }> = [];
  const recipe = (line: LogicalLine): void => {
    const command = recipeCommand(text, line.start + 1, line.end);
    for (const rule of current) rule.recipes.push(command);
  };
  eachLine(text, () => current.length > 0, recipe, ({ line, trimmed, offset }) => {
    const target = DIRECTIVE.test(trimmed) || assignmentAt(text, offset, line.end) ? undefined : ruleTarget(trimmed);
    current = [];
    if (target === undefined) return;
    const names = trimmed.slice(0, trimmed.search(/:(?!=)/)).split(/[ \t]+/).filter((name) => /^[\w][\w.-]{0,100}$/.test(name));
    const after = trimmed.slice(target);
    // A target-specific variable (`deploy: TOKEN = …`) is no rule of its own.
    if (ASSIGNMENT.test(after.replace(/^[ \t]+/, ''))) return;
    const semicolon = after.indexOf(';');
    const prerequisites = (semicolon >= 0 ? after.slice(0, semicolon) : after).replace(/#.*$/, '').split(/[ \t|]+/).filter((name) => /^[\w][\w.-]{0,100}$/.test(name));
    for (const name of names) {
      let rule = rules.get(name);
      if (!rule) rules.set(name, (rule = { prerequisites: [], recipes: [] }));
      rule.prerequisites.push(...prerequisites);
      if (semicolon >= 0) rule.recipes.push(recipeCommand(text, offset + target + semicolon + 1, line.end));
      current.push(rule);
    }
  });
  return rules;
}

/** What decides the goal a bare `make` runs, and the files the Makefile includes. */
export interface MakefileOutline {
  /** `.DEFAULT_GOAL := serve`. */
  readonly explicitGoal?: string;
  /** The first rule's first target that is no special target (`.PHONY`) nor a pattern (`%.o`). */
  readonly firstTarget?: string;
  /** `include mk/db.mk` (also `-include`, `sinclude`): the plain relative paths, and whether a rule came before. */
  readonly includes: ReadonlyArray<{ readonly path: string; readonly afterFirstRule: boolean }>;
}

/** An included file make can find without expanding anything: a relative path of plain segments, none `..`. */
const INCLUDED_PATH = /^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[\w.][\w.\/-]{0,200}$/;

/** The default goal's facts and the includes, for a start command that runs a bare `make` (GNU make's own rules). */
export function makefileOutline(text: string): MakefileOutline {
  let explicitGoal: string | undefined;
  let firstTarget: string | undefined;
  const includes: Array<{ path: string; afterFirstRule: boolean }> = [];
  let inRule = false;
  eachLine(text, () => inRule, () => undefined, ({ line, trimmed, offset }) => {
    const assignment = assignmentAt(text, offset, line.end);
    inRule = false;
    if (assignment?.kind === 'assignment') {
      if (assignment.name === '.DEFAULT_GOAL') explicitGoal = /^[\w][\w.-]{0,100}$/.test(assignment.value.text.trim()) ? assignment.value.text.trim() : undefined;
      return;
    }
    const include = /^(?:-?include|sinclude)[ \t]+(.*)$/.exec(trimmed);
    if (include) {
      for (const path of include[1]!.replace(/#.*$/, '').trim().split(/[ \t]+/)) if (INCLUDED_PATH.test(path)) includes.push({ path, afterFirstRule: firstTarget !== undefined });
      return;
    }
    if (DIRECTIVE.test(trimmed)) return;
    const target = ruleTarget(trimmed);
    inRule = target !== undefined;
    if (target === undefined || firstTarget !== undefined) return;
    firstTarget = trimmed.slice(0, trimmed.search(/:(?!=)/)).split(/[ \t]+/).find((name) => /^[\w][\w.-]{0,100}$/.test(name));
  });
  return { ...(explicitGoal !== undefined ? { explicitGoal } : {}), ...(firstTarget !== undefined ? { firstTarget } : {}), includes };
}

