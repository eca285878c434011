// Finds migrations in a command line (a shell script or an exec-form argv), following
// `sh -c "..."` into its script, and says whether the app starts after them.
import { withoutDevelopmentBranches } from '../../commands/dev-branches';
import { argvCommands, commandSpan, commandText, removalSpan, scriptCommands, type CommandLine } from '../../commands/script';
import type { MappedText } from '../../languages/mapped-text';
import type { ImportedMigration, Span } from '../../types';
import { isAdminOrUtility, isMigration } from '../../commands/kinds';

export interface MigrationHit {
  /** Source span of the migration command, words and quotes included. */
  span: Span;
  /** The migration command as written in the script (for a "migrate" script). */
  command: string;
  words: string[];
  /** Source span that removes the migration and its `&&` (only at the top level of the script). */
  removal?: Span;
  /** The app's own command that migrates (`python manage.py create_db`), and where it is defined. */
  appCommand?: ImportedMigration;
}

export interface MigrationSearch {
  /** Report a migration only when something other than admin work runs after it. */
  requireStart: boolean;
  escape?: string;
  /** The app's own commands that migrate, by their definitions beside the script (app-commands.ts). */
  appCommand?: (words: readonly string[]) => ImportedMigration | undefined;
}

export function migrationsInScript(script: MappedText, search: MigrationSearch): MigrationHit[] {
  return migrationsIn(withoutDevelopmentBranches(scriptCommands(script, search.escape ?? '\\', { substitutions: true })), search);
}

/** An exec-form command (`["sh", "-c", "..."]`, `["npx", "prisma", "migrate", "deploy"]`). */
export function migrationsInArgv(argv: readonly MappedText[], search: MigrationSearch): MigrationHit[] {
  return migrationsIn(argvCommands(argv), search);
}

/** The migrations among already split commands (a start command of engine/commands). */
export function migrationsIn(commands: readonly CommandLine[], search: MigrationSearch): MigrationHit[] {
  // startsAfter[i]: whether a command after the i-th one is not admin work (one pass from the end).
  const startsAfter: boolean[] = new Array<boolean>(commands.length).fill(false);
  // A substitution's command (`$(nproc)`) runs for the command after it, and starts nothing of its own.
  for (let i = commands.length - 2; i >= 0; i--) startsAfter[i] = startsAfter[i + 1]! || (!commands[i + 1]!.substitution && !isAdminOrUtility(commands[i + 1]!.texts));
  const hits: MigrationHit[] = [];
  const functions = scriptFunctions(commands);
  commands.forEach((command, i) => {
    // `migrations() {` and the call `migrations` name the script's own function, whose body's commands are read themselves.
    if (isFunctionHeader(command.texts) || functions.has(command.texts[0] ?? '')) return;
    const appCommand = isMigration(command.texts) ? undefined : search.appCommand?.(command.texts);
    // An app command that migrates and then serves (`python manage.py run`) is itself the start.
    if ((appCommand === undefined && !isMigration(command.texts)) || (search.requireStart && !startsAfter[i] && !appCommand?.starts)) return;
    const removal = removalSpan(command);
    hits.push({ span: commandSpan(command), command: commandText(command), words: command.texts, ...(removal ? { removal } : {}), ...(appCommand ? { appCommand } : {}) });
  });
  return hits;
}

/** `name() {` and `function name {`, as the lexer leaves them (the parentheses are operators): the name and `{`. */
function isFunctionHeader(texts: readonly string[]): boolean {
  return (texts.length === 2 && texts[1] === '{') || (texts.length === 3 && texts[0] === 'function' && texts[2] === '{');
}

/** The names of the functions a script defines. */
function scriptFunctions(commands: readonly CommandLine[]): Set<string> {
  const names = new Set<string>();
  for (const command of commands) {
    if (!isFunctionHeader(command.texts) || command.nested) continue;
    names.add(command.texts[0] === 'function' ? command.texts[1]! : command.texts[0]!);
  }
  return names;
}
