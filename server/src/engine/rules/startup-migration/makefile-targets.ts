// Factor XII through a Makefile: `command: [/bin/bash, -c, "make upgrade_db && uvicorn …"]` where the Makefile beside it
// has `upgrade_db:` run `alembic upgrade heads` (probe28 item 10). The target's name says nothing (`db`, `init`, `run`); its
// recipe does. The node layer reads the Makefile beside the start command (startScripts.ts) and hands over the targets
// that migrate; the start command that runs one is reported, the recipe line related. The file is hostile input: it is
// read, never run, and following prerequisites and `$(MAKE) other` lines stops at a fixed depth and a fixed count.
import { scriptCommands, type CommandLine } from '../../commands/script';
import { baseCommand, effectiveWords } from '../../commands/words';
import { makefileRules, type MakeRule } from '../../languages/makefile';
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

/** The Makefile's targets whose commands (prerequisites first, sub-makes followed) migrate, each named by its target. */
export function makefileMigrations(path: string, text: string): ImportedMigration[] {
  const rules = makefileRules(text);
  const lines = new LineIndex(text);
  const found: ImportedMigration[] = [];
  for (const name of rules.keys()) {
    if (name.startsWith('.')) continue;
    const commands = targetCommands(name, rules, 0, new Set());
    const [first] = migrationsIn(commands, { requireStart: false });
    if (!first) continue;
    // `run: db serve`: the target migrates and then starts the app, so a start command ending in `make run` still migrates.
    const starts = migrationsIn(commands, { requireStart: true }).length > 0;
    found.push({ module: MAKEFILE, name, label: `the \`${name}\` target`, path, range: lines.range(first.span), ...(starts ? { starts } : {}) });
  }
  return found;
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
