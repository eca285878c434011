// Start commands (a start script, a Dockerfile CMD, a Procfile process, a compose command) that make a new key at each
// start: `php artisan key:generate --force` or `jwt:secret --force` (a new APP_KEY or JWT_SECRET in every container),
// `export SECRET_KEY_BASE=$(rake secret)`, `export JWT_SECRET=$(openssl rand -hex 32)`. `${SECRET_KEY_BASE:-$(rake secret)}`
// is a fallback, and so is a command only a test of the key's variable lets run (`if [ -z "$APP_KEY" ]; then …`,
// `[ -z "$APP_KEY" ] && …`) and `key:generate` without `--force` (with a key set, Laravel asks before replacing it in
// production and, with no terminal, stops: it writes one only where none is set). A branch whose test cannot be true
// never runs: `[ -z "$(php artisan key:generate --show)" ]` (`--show` always prints a fresh key). A setup script run
// once (`scripts/setup.sh`) and a `release:` process are not the run stage.
import { commandSpan, type CommandLine } from '../../commands/script';
import { startCommands } from '../../commands/start-commands';
import { baseCommand, effectiveWords } from '../../commands/words';
import type { LanguageCheck, RuleContext } from '../../rule';
import { isSigningKeyName } from './names';
import { reportKey } from './report';

/** Artisan commands that write a new key into .env: `key:generate` (APP_KEY), tymon/jwt-auth's `jwt:secret` (JWT_SECRET). */
const KEY_COMMANDS: Readonly<Record<string, string>> = { 'key:generate': 'APP_KEY', 'jwt:secret': 'JWT_SECRET' };
/** Commands whose output is a fresh random key. Linear: alternatives of literal words. */
const RANDOM_OUTPUT = /\b(?:openssl\s+rand|rake\s+secret|rails\s+secret|phx\.gen\.secret|uuidgen|pwgen|\/dev\/urandom|token_hex|token_urlsafe|randomBytes|SecureRandom|get_random_secret_key)\b/;

function check(context: RuleContext): void {
  for (const start of startCommands(context)) {
    const guards = guardsOf(start.commands);
    for (const command of start.commands) {
      const guard = guards.get(command);
      if (guard === 'never') continue;
      artisanKey(context, command, guard === 'unset');
      assignedKeys(context, command, guard === 'unset');
    }
  }
}

function artisanKey(context: RuleContext, command: CommandLine, guarded: boolean): void {
  const words = effectiveWords(command.texts);
  const at = words.findIndex((word) => baseCommand(word) === 'artisan');
  const verb = words[at + 1] ?? '';
  const name = at < 0 ? undefined : KEY_COMMANDS[verb];
  // `--show` prints a key and writes nothing.
  if (name === undefined || words.includes('--show')) return;
  const fallback = guarded || (verb === 'key:generate' && !words.includes('--force'));
  reportKey(context, { span: commandSpan(command), name, fallback, advice: `Remove the command, and set ${name} once per deploy in the platform's config.` });
}

/** What the test a command runs under lets through: never, or only a run whose key variable is unset. */
type Guard = 'never' | 'unset';

/**
 * Each command's guard, from the `if` blocks around it (its `then` branch; an `elif` or `else` branch is not read)
 * and a `[ … ] &&` before it. A compound `if` condition is not read.
 */
function guardsOf(commands: readonly CommandLine[]): Map<CommandLine, Guard> {
  const guards = new Map<CommandLine, Guard>();
  const stack: (Guard | undefined)[] = [];
  let previous: CommandLine | undefined;
  for (const command of commands) {
    const first = command.texts[0];
    if (first === 'if') stack.push(command.after === '&&' || command.after === '||' ? undefined : guardOf(command.texts.slice(1)));
    else if ((first === 'elif' || first === 'else') && stack.length > 0) stack[stack.length - 1] = undefined;
    else if (first === 'fi') stack.pop();
    const inline = previous?.after === '&&' && isTest(previous.texts) ? guardOf(previous.texts) : undefined;
    const guard = stack.includes('never') || inline === 'never' ? 'never' : stack.includes('unset') || inline === 'unset' ? 'unset' : undefined;
    if (guard) guards.set(command, guard);
    previous = command;
  }
  return guards;
}

const isTest = (texts: readonly string[]): boolean => texts[0] === '[' || texts[0] === '[[' || texts[0] === 'test';

/** `[ -z "$(php artisan key:generate --show)" ]` cannot be true; `[ -z "${APP_KEY:-}" ]` holds only when the key is unset. */
function guardOf(condition: readonly string[]): Guard | undefined {
  const words = condition.filter((word) => !['[', ']', '[[', ']]', 'test'].includes(word));
  if (words.length !== 2 || words[0] !== '-z') return undefined;
  const operand = words[1]!;
  const printed = /^\$\((.{1,400})\)$/s.exec(operand)?.[1];
  if (printed !== undefined) return /\b(?:key:generate|jwt:secret)\b[^;&|]*--show\b/.test(printed) || RANDOM_OUTPUT.test(printed) ? 'never' : undefined;
  const variable = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)(?::?-)?\}?$/.exec(operand)?.[1];
  return variable !== undefined && (Object.values(KEY_COMMANDS).includes(variable) || isSigningKeyName(variable)) ? 'unset' : undefined;
}

/** `export SECRET_KEY_BASE=$(rake secret)`, `JWT_SECRET="$(openssl rand -hex 32)" exec puma`. */
function assignedKeys(context: RuleContext, command: CommandLine, guarded: boolean): void {
  for (const word of command.words) {
    if (word.bareEquals <= 0) continue;
    const text = word.text.text;
    const name = text.slice(0, word.bareEquals);
    const value = text.slice(word.bareEquals + 1);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || !isSigningKeyName(name) || !RANDOM_OUTPUT.test(value)) continue;
    reportKey(context, { span: { start: word.text.whole.start, end: word.text.whole.end }, name, fallback: guarded || /^\$\{[A-Za-z_][A-Za-z0-9_]*:?[-=]/.test(value) });
  }
}

export const commandsCheck: LanguageCheck = {
  languages: ['shell', 'dockerfile', 'procfile', 'yaml'],
  keywords: ['key:generate', 'jwt:secret', 'openssl', 'rake secret', 'rails secret', 'phx.gen.secret', 'uuidgen', 'pwgen', 'urandom', 'token_hex', 'token_urlsafe', 'randombytes', 'securerandom', 'get_random_secret_key'],
  check,
};
