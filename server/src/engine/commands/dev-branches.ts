// Branches of a start script that only run outside production: `if [ "$APP_ENV" != 'prod' ]; then
// composer install; bin/console doctrine:migrations:migrate; fi` is the dev container's set-up
// (Symfony's environments are dev, test and prod; staging runs prod), as an `else` after
// `if [ "$RAILS_ENV" = production ]` is, and so is a branch taken only when the image shipped no
// dependencies (`if [ ! -d vendor ]; then composer install; fi`). The rules about what every start of
// the deployed app does leave those commands alone. So are a debug switch's branches (`if [ "$DEBUG" = "true" ];
// then exec gunicorn --reload …; else exec gunicorn …; fi`, CTFd's entrypoint) and the arms of a `case` on the
// environment (`case "$APP_ENV" in dev|local) exec uvicorn --reload ;; *) exec gunicorn … ;; esac`), and the
// development roles of a `case "$1"` entrypoint (`dev_server) exec ./manage.py runserver --reload ;;`).
import type { CommandLine } from './script';

/** `$APP_ENV`, `${NODE_ENV}`, `$RAILS_ENV`, `$ENVIRONMENT`, `$STAGE`: a variable naming the environment. */
const ENV_VARIABLE = /^\$\{?(?:[A-Z][A-Z0-9]*_)?(?:ENV|ENVIRONMENT|STAGE)\}?$/;
const PRODUCTION = new Set(['prod', 'production']);
const DEVELOPMENT = new Set(['dev', 'development', 'local', 'test', 'testing']);
/** `$DEBUG`, `${FLASK_DEBUG}`, `$APP_DEBUG`, `$DJANGO_DEBUG`: a debug switch, on only in development. */
const DEBUG_VARIABLE = /^\$\{?(?:[A-Z][A-Z0-9]*_)?DEBUG\}?$/;
const ON = new Set(['true', '1', 'yes', 'on']);
const OFF = new Set(['false', '0', 'no', 'off', '']);

type Branch = 'development' | 'production' | undefined;

interface Frame {
  /** Which environments the `then` branch runs in; for a `case`, the current arm's. */
  condition: Branch;
  inElse: boolean;
  /** A `case` on an environment or debug variable: its arms are read by their patterns. */
  caseOf?: 'environment' | 'debug' | 'role' | 'other';
}

/** The commands that run in production too: those inside a development-only branch are left out. */
export function withoutDevelopmentBranches(commands: readonly CommandLine[]): CommandLine[] {
  const stack: Frame[] = [];
  const kept: CommandLine[] = [];
  for (const command of commands) {
    const first = command.texts[0];
    const top = stack[stack.length - 1];
    if (command.armPattern && top?.caseOf) top.condition = armOf(top.caseOf, command.armPattern);
    // A compound condition (`if [ a ] || [ b ]`) is not read: its branch counts as production's.
    if (first === 'if') stack.push({ condition: command.after === '||' || command.after === '&&' ? undefined : branchOf(command.texts.slice(1)), inElse: false });
    else if (first === 'elif' && top) top.condition = undefined;
    else if (first === 'else' && top) top.inElse = true;
    else if (first === 'case') stack.push({ condition: undefined, inElse: false, caseOf: caseSubject(command.texts[1] ?? '') });
    else if (first === 'fi' || first === 'esac') stack.pop();
    if (!stack.some(isDevelopmentOnly)) kept.push(command);
  }
  return kept;
}

function isDevelopmentOnly(frame: Frame): boolean {
  if (frame.caseOf) return frame.condition === 'development';
  return frame.inElse ? frame.condition === 'production' : frame.condition === 'development';
}

/** `vendor`, `./node_modules`, `vendor/autoload.php`, `.venv`: where installed dependencies live. */
const DEPENDENCY_FOLDER = /^(?:\.\/)?(?:vendor|node_modules|\.?venv)(?:\/[\w.\/-]*)?\/?$/;

/**
 * `[ ! -d vendor ]`, `[ ! -f vendor/autoload.php ]`, `[ -z "$(ls -A 'vendor/')" ]` (Symfony Docker's entrypoint):
 * true only when the image shipped no dependencies, i.e. a checkout bind-mounted over it in development.
 */
function dependenciesMissing(words: readonly string[]): boolean {
  const [a, b, c] = words;
  if (a === '!' && (b === '-d' || b === '-e' || b === '-f') && c !== undefined && words.length === 3) return DEPENDENCY_FOLDER.test(c);
  if (a !== '-z' || b === undefined || words.length !== 2) return false;
  const listed = /^\$\(\s*ls\s+(?:-\w+\s+)*['"]?([^'"\s)]+)['"]?/.exec(b)?.[1];
  return listed !== undefined && DEPENDENCY_FOLDER.test(listed);
}

/** `[ "$APP_ENV" != prod ]`, `[[ $NODE_ENV == development ]]`, `test "$ENV" = local`: which environments pass. */
function branchOf(condition: readonly string[]): Branch {
  const words = condition.filter((word) => word !== '[' && word !== ']' && word !== '[[' && word !== ']]' && word !== 'test');
  if (dependenciesMissing(words)) return 'development';
  // `[ -n "$DEBUG" ]`: set only to debug; `[ -z "$DEBUG" ]` the production start.
  if (words.length === 2 && DEBUG_VARIABLE.test(words[1]!)) return words[0] === '-n' ? 'development' : words[0] === '-z' ? 'production' : undefined;
  if (words.length !== 3) return undefined;
  const [left, operator, right] = words as [string, string, string];
  const equal = operator === '=' || operator === '==';
  if (!equal && operator !== '!=') return undefined;
  const debug = DEBUG_VARIABLE.test(left) ? right : DEBUG_VARIABLE.test(right) ? left : undefined;
  if (debug !== undefined) return debugBranch(debug.toLowerCase(), equal);
  const value = ENV_VARIABLE.test(left) ? right.toLowerCase() : ENV_VARIABLE.test(right) ? left.toLowerCase() : undefined;
  if (value === undefined) return undefined;
  if (PRODUCTION.has(value)) return equal ? 'production' : 'development';
  if (DEVELOPMENT.has(value)) return equal ? 'development' : undefined;
  return undefined;
}

/** `$DEBUG = true` runs only when debugging, `$DEBUG != true` (and `= false`) is the production start. */
function debugBranch(value: string, equal: boolean): Branch {
  if (ON.has(value)) return equal ? 'development' : 'production';
  if (OFF.has(value)) return equal ? 'production' : 'development';
  return undefined;
}

/** What a `case` tests: `case "$APP_ENV" in`, `case $DEBUG in`, `case "$1" in` (the role the container runs). */
function caseSubject(word: string): Frame['caseOf'] {
  return ENV_VARIABLE.test(word) ? 'environment' : DEBUG_VARIABLE.test(word) ? 'debug' : /^\$\{?1\}?$/.test(word) ? 'role' : 'other';
}

/**
 * A role named for development: `dev_server)`, `dev-worker)`, `devserver)`, `local)`, `server_dev)` (redash's entrypoint:
 * the development compose runs `dev_server`, the image's default is `server`). Other roles are starts of their own.
 * Each separator is required between letter runs: an optional one made `devaaaa…!` backtrack exponentially.
 */
const DEVELOPMENT_ROLE = /^(?:(?:dev|local)[a-z]*(?:[_-][a-z]+)*|[a-z]+(?:[_-][a-z]+)*[_-](?:dev|development|local))$/;

/** An arm runs in development only when every pattern names a development environment (`dev|local)`) or debug on (`true|1)`). */
function armOf(subject: Frame['caseOf'], patterns: readonly string[]): Branch {
  if (subject === 'other' || patterns.length === 0) return undefined;
  const values = patterns.map((pattern) => pattern.toLowerCase());
  if (subject === 'role') return values.every((value) => DEVELOPMENT_ROLE.test(value)) ? 'development' : undefined;
  const development = subject === 'environment' ? DEVELOPMENT : ON;
  return values.every((value) => development.has(value)) ? 'development' : undefined;
}
