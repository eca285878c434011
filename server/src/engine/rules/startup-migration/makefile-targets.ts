// Factor XII through a Makefile: `command: [/bin/bash, -c, "make upgrade_db && uvicorn …"]` where the Makefile beside it
// has `upgrade_db:` run `alembic upgrade heads` (probe28 item 10). The target's name says nothing (`db`, `init`, `run`); its
// recipe does. The node layer reads the Makefile beside the start command (startScripts.ts), with the files it includes
// (same folder or below), and hands over the targets that migrate, and the default goal a bare `make` runs when it does;
// the start command that runs one is reported, the recipe line related. The file is hostile input: it is
// read, never run, and following prerequisites and `$(MAKE) other` lines stops at a fixed depth and a fixed count.
import { scriptCommands, type CommandLine } from '../../commands/script';
import { baseCommand, effectiveWords } from '../../commands/words';
import { makefileOutline, makefileRules, type MakeRule } from '../../languages/makefile';
import { LineIndex } from '../../source';
import type { ImportedMigration } from '../../types';
import { migrationsIn } from './config-analysis';

/** The module name of a Makefile's targets among the facts. */
export const MAKEFILE = 'Makefile';

/** The names make reads by default, in its order of preference. */
export const MAKEFILE_NAMES = ['GNUmakefile', 'makefile', 'Makefile'];

export function isMakefilePath(path: string): boolean {
  return MAKEFILE_NAMES.includes(path.slice(path.lastIndexOf('/') + 1));
}

/** How deep prerequisites and sub-makes are followed, and how many commands one target may gather. */
const MAX_DEPTH = 6;
const MAX_COMMANDS = 400;

/**
 * The targets a command runs with make: `make upgrade_db`, `make -s db serve`, `$(MAKE) schema` (a recipe's sub-make).
 * Undefined when the command is no make, or runs another Makefile (`-C dir`, `-f other.mk`), whose targets are not these.
 */
export function makeTargets(words: readonly string[]): string[] | undefined {
  const [tool, ...rest] = effectiveWords(words);
  if (tool === undefined || !/^(?:g?make|\$\{MAKE\}|\$MAKE)$/.test(tool.includes('$') ? tool : baseCommand(tool))) return undefined;
  if (rest.some((word) => /^-(?:C|f|-directory|-file|-makefile)/.test(word))) return undefined;
  return rest.filter((word) => !word.startsWith('-') && !word.includes('=') && /^[\w][\w.-]{0,100}$/.test(word));
}

/** The fact's name for the goal a bare `make` runs (no target starts with a dot and is run by name). */
export const DEFAULT_GOAL = '.DEFAULT_GOAL';

/** A Makefile another includes (`include mk/db.mk`), read by the node layer: its path as shown, and its text. */
export interface IncludedMakefile {
  readonly path: string;
  readonly text: string;
}

/**
 * The Makefile's targets whose commands (prerequisites first, sub-makes followed) migrate, each named by its target, and
 * the default goal's (`DEFAULT_GOAL`) when it migrates. An included file's rules are make's as if written in place (its
 * text is read after the Makefile's; a migration found there is related at that file).
 */
export function makefileMigrations(path: string, text: string, included: readonly IncludedMakefile[] = []): ImportedMigration[] {
  const files = [{ path, text, start: 0 }];
  let whole = text;
  for (const file of included) {
    whole += '\n\n';
    files.push({ ...file, start: whole.length });
    whole += file.text;
  }
  const rules = makefileRules(whole);
  const goal = defaultGoal(text, included);
  const found: ImportedMigration[] = [];
  for (const name of rules.keys()) {
    if (name.startsWith('.')) continue;
    const commands = targetCommands(name, rules, 0, new Set());
    const [first] = migrationsIn(commands, { requireStart: false });
    if (!first) continue;
    // `run: db serve`: the target migrates and then starts the app, so a start command ending in `make run` still migrates.
    const starts = migrationsIn(commands, { requireStart: true }).length > 0;
    const file = files.filter((each) => each.start <= first.span.start).pop()!;
    const range = new LineIndex(file.text).range({ start: first.span.start - file.start, end: first.span.end - file.start });
    const fact = { module: MAKEFILE, path: file.path, range, ...(starts ? { starts } : {}) };
    found.push({ ...fact, name, label: `the \`${name}\` target` });
    if (name === goal) found.push({ ...fact, name: DEFAULT_GOAL, label: `the default goal (\`${name}\`)` });
  }
  return found;
}

/**
 * The goal a bare `make` runs: `.DEFAULT_GOAL` (in the Makefile or a file it includes), else the first rule's target.
 * An include before the Makefile's first rule may hold the first rule: then the first included file's first target.
 */
function defaultGoal(text: string, included: readonly IncludedMakefile[]): string | undefined {
  const outline = makefileOutline(text);
  const outlines = included.map((file) => makefileOutline(file.text));
  const explicit = outline.explicitGoal ?? outlines.find((each) => each.explicitGoal !== undefined)?.explicitGoal;
  if (explicit !== undefined) return explicit;
  const early = outline.includes.find((each) => !each.afterFirstRule);
  if (!early) return outline.firstTarget;
  // The files read are the includes in order: the first one before any rule decides, when it was read and has a rule.
  const at = included.findIndex((file) => file.path.endsWith(early.path));
  return at >= 0 ? (outlines[at]!.firstTarget ?? outline.firstTarget) : undefined;
}

/** The relative paths a Makefile includes (`include mk/db.mk`), for the node layer to read. */
export function makefileIncludes(text: string): string[] {
  return text.includes('include') ? makefileOutline(text).includes.map((each) => each.path) : [];
}

/** What `make name` runs, in order: its prerequisites' commands, then its recipe's, a sub-make of this file read in place. */
function targetCommands(name: string, rules: ReadonlyMap<string, MakeRule>, depth: number, seen: Set<string>): CommandLine[] {
  const rule = rules.get(name);
  if (!rule || depth > MAX_DEPTH || seen.has(name)) return [];
  seen.add(name);
  const commands: CommandLine[] = [];
  for (const prerequisite of rule.prerequisites) {
    if (commands.length < MAX_COMMANDS) commands.push(...targetCommands(prerequisite, rules, depth + 1, seen));
  }
  for (const recipe of rule.recipes) {
    for (const command of scriptCommands(recipe, '\\', { substitutions: true })) {
      if (commands.length >= MAX_COMMANDS) return commands;
      const sub = command.nested ? undefined : makeTargets(command.texts);
      if (sub && sub.length > 0) for (const target of sub) commands.push(...targetCommands(target, rules, depth + 1, seen));
      else commands.push(command);
    }
  }
  return commands;
}
