// Start commands (a start script, a Dockerfile CMD, a Procfile process, a compose command) that make a new key at each
// start: `php artisan key:generate --force` or `jwt:secret --force` (a new APP_KEY or JWT_SECRET in every container),
// `export SECRET_KEY_BASE=$(rake secret)`, `export JWT_SECRET=$(openssl rand -hex 32)`. `${SECRET_KEY_BASE:-$(rake secret)}`
// is a fallback. A setup script run once (`scripts/setup.sh`) and a `release:` process are not the run stage.
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
    for (const command of start.commands) {
      artisanKey(context, command);
      assignedKeys(context, command);
    }
  }
}

function artisanKey(context: RuleContext, command: CommandLine): void {
  const words = effectiveWords(command.texts);
  const at = words.findIndex((word) => baseCommand(word) === 'artisan');
  const name = at < 0 ? undefined : KEY_COMMANDS[words[at + 1] ?? ''];
  // `--show` prints a key and writes nothing.
  if (name === undefined || words.includes('--show')) return;
  reportKey(context, { span: commandSpan(command), name, fallback: false, advice: `Remove the command, and set ${name} once per deploy in the platform's config.` });
}

/** `export SECRET_KEY_BASE=$(rake secret)`, `JWT_SECRET="$(openssl rand -hex 32)" exec puma`. */
function assignedKeys(context: RuleContext, command: CommandLine): void {
  for (const word of command.words) {
    if (word.bareEquals <= 0) continue;
    const text = word.text.text;
    const name = text.slice(0, word.bareEquals);
    const value = text.slice(word.bareEquals + 1);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || !isSigningKeyName(name) || !RANDOM_OUTPUT.test(value)) continue;
    reportKey(context, { span: { start: word.text.whole.start, end: word.text.whole.end }, name, fallback: /^\$\{[A-Za-z_][A-Za-z0-9_]*:?[-=]/.test(value) });
  }
}

export const commandsCheck: LanguageCheck = {
  languages: ['shell', 'dockerfile', 'procfile', 'yaml'],
  keywords: ['key:generate', 'jwt:secret', 'openssl', 'rake secret', 'rails secret', 'phx.gen.secret', 'uuidgen', 'pwgen', 'urandom', 'token_hex', 'token_urlsafe', 'randombytes', 'securerandom', 'get_random_secret_key'],
  check,
};
