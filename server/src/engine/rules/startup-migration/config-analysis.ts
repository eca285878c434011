// Finds migrations in a command line (a shell script or an exec-form argv), following
// `sh -c "..."` into its script, and says whether the app starts after them.
import { MappedText } from '../../languages/mapped-text';
import { lexShell, simpleCommands, type ShellWord } from '../../languages/shell';
import type { Span } from '../../types';
import { isAdminOrUtility, isMigration, shellScriptIndex } from './config-commands';

export interface MigrationHit {
  /** Source span of the migration command, words and quotes included. */
  span: Span;
  /** The migration command as written in the script (for a "migrate" script). */
  command: string;
  words: string[];
  /** Source span that removes the migration and its `&&` (only at the top level of the script). */
  removal?: Span;
}

interface Command {
  words: ShellWord[];
  /** The text the words were lexed from; undefined for an exec-form argv. */
  source: MappedText | undefined;
  nested: boolean;
  /** Joined to the next command of the same script by `&&` or `;`. */
  next?: Command;
}

export interface MigrationSearch {
  /** Report a migration only when something other than admin work runs after it. */
  requireStart: boolean;
  escape?: string;
}

export function migrationsInScript(script: MappedText, search: MigrationSearch): MigrationHit[] {
  return hitsIn(commandsOf(script, search.escape ?? '\\', false, 0), search);
}

/** An exec-form command (`["sh", "-c", "..."]`, `["npx", "prisma", "migrate", "deploy"]`). */
export function migrationsInArgv(argv: readonly MappedText[], search: MigrationSearch): MigrationHit[] {
  const words: ShellWord[] = argv.map((text) => ({ kind: 'word', text, start: 0, end: text.text.length, bareEquals: text.text.indexOf('=') }));
  return hitsIn(expand({ words, source: undefined, nested: true }, 0), search);
}

function commandsOf(script: MappedText, escape: string, nested: boolean, depth: number): Command[] {
  const simple = simpleCommands(lexShell(script, { escape }));
  const commands: Command[] = simple.map((command) => ({ words: command.words, source: script, nested }));
  simple.forEach((command, i) => {
    const op = command.after?.op;
    if ((op === '&&' || op === ';' || op === '\n') && commands[i + 1]) commands[i]!.next = commands[i + 1]!;
  });
  return commands.flatMap((command) => expand(command, depth));
}

/** Replaces `sh -c "a && b"` by the commands of its script. */
function expand(command: Command, depth: number): Command[] {
  const index = shellScriptIndex(command.words.map((word) => word.text.text));
  const script = index === undefined ? undefined : command.words[index];
  if (!script || depth > 4) return [command];
  return commandsOf(script.text, '\\', true, depth + 1);
}

function hitsIn(commands: Command[], search: MigrationSearch): MigrationHit[] {
  const words = commands.map((command) => command.words.map((word) => word.text.text));
  // startsAfter[i]: whether a command after the i-th one is not admin work (one pass from the end).
  const startsAfter: boolean[] = new Array<boolean>(commands.length).fill(false);
  for (let i = commands.length - 2; i >= 0; i--) startsAfter[i] = startsAfter[i + 1]! || !isAdminOrUtility(words[i + 1]!);
  const hits: MigrationHit[] = [];
  commands.forEach((command, i) => {
    if (!isMigration(words[i]!) || (search.requireStart && !startsAfter[i])) return;
    hits.push(hitOf(command, words[i]!));
  });
  return hits;
}

function hitOf(command: Command, words: string[]): MigrationHit {
  const first = command.words[0]!;
  const last = command.words[command.words.length - 1]!;
  const hit: MigrationHit = {
    span: { start: first.text.whole.start, end: last.text.whole.end },
    command: command.source ? command.source.text.slice(first.start, last.end) : words.join(' '),
    words,
  };
  const next = command.next?.words[0];
  if (!command.nested && next) hit.removal = { start: first.text.whole.start, end: next.text.whole.start };
  return hit;
}
