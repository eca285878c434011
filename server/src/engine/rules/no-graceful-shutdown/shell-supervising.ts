// Entrypoints that keep the app as the shell's child on purpose, supervising it themselves: they start it in
// the background and `wait` for it (`node worker.js & node server.js & wait`), or restart it in a loop
// (`while true; do node server.js; sleep 1; done`). The shell is still the process the container signals,
// and a shell passes SIGTERM to no child unless a `trap` says so: the app is killed when the grace period
// ends. A script that sets a trap forwards the signal itself and is left alone.
import type { CommandLine } from '../../commands/script';
import { first, withoutKeyword } from './shell-tails';

/** A command the script starts in the background (`app &`), and the `wait` that keeps the shell on it. */
export interface BackgroundWait {
  apps: CommandLine[];
  wait: CommandLine;
}

/** Whether the script handles a signal itself: any `trap` (forwarding TERM, cleaning up on EXIT). */
export function setsTrap(commands: readonly CommandLine[]): boolean {
  return commands.some((command) => first(command) === 'trap');
}

/**
 * The background app commands a final `wait` waits on. `isApp` tells an app start from admin work (a
 * background `tail -f`, a migration); a script without a final `wait` is not read.
 */
export function backgroundWait(commands: readonly CommandLine[], tails: readonly CommandLine[], isApp: (command: CommandLine) => boolean): BackgroundWait | undefined {
  const wait = tails.find((tail) => first(tail) === 'wait') ?? waitBeforeExit(commands);
  const apps = commands.filter((command) => command.after === '&' && isApp(command));
  return wait && apps.length > 0 ? { apps, wait } : undefined;
}

/** Commands that end a script after its `wait` without starting anything: `wait -n; exit $?`. */
const ENDINGS = new Set(['exit', 'echo', 'printf', 'logger', ':']);

/** The script's last `wait` when only exits and messages follow it. */
function waitBeforeExit(commands: readonly CommandLine[]): CommandLine | undefined {
  let at = commands.length - 1;
  while (at > 0 && ENDINGS.has(first(commands[at]))) at--;
  return first(commands[at]) === 'wait' ? commands[at] : undefined;
}

/** Loops that restart what they run: `while true`, `while :`, `until false`. */
const FOREVER = /^(?:while\s+(?:true|:|\[\s*1\s*\])|until\s+false)$/;

/**
 * The app commands inside a script's final endless loop (`while true; do …; done` as the last command).
 * Loops that wait for something (`until pg_isready; do sleep 1; done`) test a condition and are not read.
 */
export function loopedApps(commands: readonly CommandLine[], isApp: (command: CommandLine) => boolean): CommandLine[] {
  const last = commands.length - 1;
  if (first(commands[last]) !== 'done') return [];
  const opener = loopOpener(commands, last);
  if (opener === undefined || !FOREVER.test(commands[opener]!.texts.join(' ').trim())) return [];
  return commands.slice(opener + 1, last).map(withoutKeyword).filter((command) => command.texts.length > 0 && isApp(command));
}

/** The `while`/`until` that the `done` at `close` ends, counting nested loops. */
function loopOpener(commands: readonly CommandLine[], close: number): number | undefined {
  let depth = 0;
  for (let at = close - 1; at >= 0; at--) {
    const word = first(commands[at]);
    if (word === 'done') depth++;
    else if ((word === 'while' || word === 'until' || word === 'for') && depth-- === 0) return word === 'for' ? undefined : at;
  }
  return undefined;
}
