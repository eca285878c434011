// The commands a shell script can end with, read through the blocks it ends in: each branch's last
// command of a final `if … fi` or `case … esac`, the body's last command of the script's own function
// called last (`main "$@"`), and the command before trailing messages (`gunicorn app; echo "exited"`).
// An entrypoint that picks its process by role (`case "$1" in web) …;; worker) exec …;; esac`) hands every
// branch's process to the container, so each branch must `exec` it; a block none of whose branches execs is
// not read as one.
import type { CommandLine } from '../../commands/script';
import { baseCommand } from '../../commands/words';

/** Commands that only report: the shell still waits for the command before them. */
const MESSAGES = new Set(['echo', 'printf', 'logger', ':']);
/** Keywords that open a branch's first command on its own line: `then exec foo`, `else gunicorn …`. */
const BRANCH_KEYWORDS = new Set(['then', 'else', 'do']);
/** Blocks and function calls followed at most this deep (a function calling itself ends here). */
const MAX_DEPTH = 4;

/** The commands that end the script's run, read backwards from its last command. */
export function tailCommands(commands: readonly CommandLine[], definesFunction: (name: string) => boolean): CommandLine[] {
  return tailsAt(commands, commands.length - 1, definesFunction, 0);
}

function tailsAt(commands: readonly CommandLine[], index: number, definesFunction: (name: string) => boolean, depth: number): CommandLine[] {
  let at = index;
  while (at > 0 && MESSAGES.has(first(commands[at]))) at--;
  const command = commands[at];
  if (!command || depth > MAX_DEPTH) return command ? [command] : [];
  const word = first(command);
  if (word === 'fi') return roleSwitch(branchEnds(commands, at, 'if', 'fi').flatMap((end) => tailsAt(commands, end, definesFunction, depth + 1)));
  if (word === 'esac') return roleSwitch(armEnds(commands, at).flatMap((end) => armTail(commands, end, definesFunction, depth)));
  if (command.texts.length <= 2 && definesFunction(command.texts[0] ?? '')) {
    const end = functionEnd(commands, command.texts[0]!);
    return end === undefined ? [command] : tailsAt(commands, end, definesFunction, depth + 1);
  }
  return [withoutKeyword(command)];
}

/**
 * A block's branch ends count when another branch hands its process over with `exec`: the block picks the
 * process to run (`web` or `worker`), so a branch that does not exec is the one that keeps SIGTERM. A block
 * whose branches exec nothing (a check, then `exit 1`) is a one-off's, and is left alone as before.
 */
function roleSwitch(tails: CommandLine[]): CommandLine[] {
  return tails.some((tail) => first(tail) === 'exec') ? tails : [];
}

/** The command's name, path removed. */
export function first(command: CommandLine | undefined): string {
  return baseCommand(command?.texts[0] ?? '');
}

/** The last command of each branch of the `if` closed at `close`: the commands before its `elif`, `else` and `fi`. */
function branchEnds(commands: readonly CommandLine[], close: number, open: string, end: string): number[] {
  const ends = [close - 1];
  let depth = 0;
  for (let at = close - 1; at >= 0; at--) {
    const word = first(commands[at]);
    if (word === end) depth++;
    else if (word === open && depth > 0) depth--;
    else if (word === open) return ends.filter((index) => index > at && !isBranchHead(commands[index]));
    else if (depth === 0 && (word === 'elif' || word === 'else')) ends.push(at - 1);
  }
  return [];
}

function isBranchHead(command: CommandLine | undefined): boolean {
  const word = first(command);
  return word === 'if' || word === 'elif' || ((word === 'then' || word === 'else') && (command?.texts.length ?? 0) === 1);
}

/** The last command of each arm of the `case` closed at `close`: the commands before each arm's first and before `esac`. */
function armEnds(commands: readonly CommandLine[], close: number): number[] {
  const ends = [close - 1];
  for (let at = close - 1; at >= 0; at--) {
    const word = first(commands[at]);
    if (word === 'esac' || word === 'fi') return [];
    if (word === 'case') return ends.filter((index) => index > at);
    if (commands[at]!.armPattern) ends.push(at - 1);
  }
  return [];
}

/** An arm's last command, read on as any tail; none for the catch-all arm. */
function armTail(commands: readonly CommandLine[], end: number, definesFunction: (name: string) => boolean, depth: number): CommandLine[] {
  const command = commands[end];
  if (!command || first(command) === 'case') return [];
  // The catch-all arm (`*) run_task "$@"`) runs whatever it is given: a one-off or the image's CMD, not a role.
  if (patternOf(commands, end)?.[0] === '*') return [];
  return tailsAt(commands, end, definesFunction, depth + 1);
}

/** The pattern of the arm `end` belongs to. */
function patternOf(commands: readonly CommandLine[], end: number): string[] | undefined {
  for (let at = end; at >= 0; at--) if (commands[at]!.armPattern) return commands[at]!.armPattern;
  return undefined;
}

/** The command before the `}` that closes `name() {` / `function name {`. */
function functionEnd(commands: readonly CommandLine[], name: string): number | undefined {
  const start = commands.findIndex((command) => (command.texts[0] === name || (command.texts[0] === 'function' && command.texts[1] === name)) && command.texts.includes('{'));
  if (start < 0) return undefined;
  let depth = 0;
  for (let at = start + 1; at < commands.length; at++) {
    const word = first(commands[at]);
    if (word === '{' || commands[at]!.texts[commands[at]!.texts.length - 1] === '{') depth++;
    if (word === '}' && depth-- === 0) return at - 1 > start ? at - 1 : undefined;
  }
  return undefined;
}

/** A branch's first command without the keyword on its line (`then exec foo`, `do node server.js`). */
export function withoutKeyword(command: CommandLine): CommandLine {
  return BRANCH_KEYWORDS.has(first(command)) && command.texts.length > 1 ? slice(command, 1) : command;
}

function slice(command: CommandLine, from: number): CommandLine {
  return { ...command, words: command.words.slice(from), texts: command.texts.slice(from) };
}
