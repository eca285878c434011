// What a run-stage command is: a database migration, or admin/utility work around the app's start
// (seeds, `prisma generate`, `echo`, `cd`). Shared by the rules that read start commands
// (startup-migration, runtime-build-step, daemonized-process). Reads words with quotes removed,
// after wrappers such as `npx`, `env X=1`, `bundle exec`, `dotenv --`.
import { baseCommand, effectiveWords, scriptRun } from './words';

const KNEX_MIGRATIONS = new Set(['migrate:latest', 'migrate:up', 'migrate:rollback', 'migrate:down']);

/** Whether the command runs database migrations (or a schema sync/push, which is one). */
export function isMigration(words: readonly string[]): boolean {
  const script = scriptRun(words);
  if (script) return /migrat/i.test(script.name) || script.name === 'db:push' || script.args.some((arg) => isMigrationVerb(arg));
  const effective = pythonModuleRun(effectiveWords(words));
  if (effective === 'migration-module') return true;
  const [first, a, b] = effective.map((word, i) => (i === 0 ? baseCommand(word) : word));
  if (first === undefined) return false;
  if (INTERPRETERS.has(first) && runsMigrationScript(effective.slice(1))) return true;
  switch (first) {
    case 'knex':
      return a !== undefined && KNEX_MIGRATIONS.has(a);
    case 'sequelize':
    case 'sequelize-cli':
      return a === 'db:migrate';
    case 'prisma':
      return (a === 'migrate' && (b === 'deploy' || b === 'dev' || b === 'reset')) || (a === 'db' && b === 'push');
    case 'node-pg-migrate':
      return a === undefined || a === 'up' || a.startsWith('-');
    case 'db-migrate':
    case 'migrate':
    case 'goose':
      return words.includes('up') || (first === 'migrate' && a === undefined);
    case 'drizzle-kit':
      return a !== undefined && (a.startsWith('push') || a === 'migrate');
    case 'python':
      return baseCommand(a ?? '') === 'manage.py' && djangoMigrates(effective.slice(2));
    case 'manage.py':
    case 'django-admin':
      return djangoMigrates(effective.slice(1));
    case 'flask': {
      const [group, verb] = operands(effective.slice(1), FLASK_VALUED);
      return group === 'db' && verb === 'upgrade';
    }
    case 'alembic':
      return operands(effective.slice(1), ALEMBIC_VALUED)[0] === 'upgrade' && !effective.includes('--sql');
    case 'php':
      return isScriptMigration(effectiveWords(words).slice(2)) || isPhpConsoleMigration(baseCommand(a ?? ''), effectiveWords(words).slice(2));
    case 'node':
    case 'bun':
      return a !== undefined && !a.startsWith('-') && isScriptMigration(effectiveWords(words).slice(2));
    case 'console':
    case 'yii':
    case 'craft':
    case 'cake':
    case 'doctrine-migrations':
    case 'phinx':
    case 'doctrine':
      return isPhpConsoleMigration(first, effectiveWords(words).slice(1));
    case 'hanami':
      return a === 'db' && (b === 'migrate' || b === 'prepare');
    case 'mix':
      return a === 'ecto.migrate';
    case 'flyway':
      // Flyway's and Liquibase's options come before the command: `flyway -configFiles=… -locations=… migrate`.
      return firstOperand(words) === 'migrate';
    case 'sequel':
      // Sequel's CLI migrates with `-m <dir>` (to a version with `-M`): `sequel -m db/migrations $DATABASE_URL`.
      return effectiveWords(words).some((word) => word === '-m' || /^-m\S/.test(word));
    case 'dbmate':
      return a === 'up' || a === 'migrate';
    case 'sqitch':
      return a === 'deploy';
    case 'liquibase':
      return firstOperand(words) === 'update';
    case 'yoyo':
    case 'yoyo-migrate':
      // yoyo-migrations: `yoyo apply` (also `develop`, `reapply`) migrates; `new`, `list`, `rollback`, `mark` do not.
      return ['apply', 'develop', 'reapply'].includes(a ?? '');
    case 'medusa':
      // Medusa 2's `medusa db:migrate` (1's `medusa migrations run` is read below); `db:generate` only writes files.
      return a === 'db:migrate' || isMigrateSubcommand(a, b);
    case 'kysely':
      // kysely-ctl: `kysely migrate:latest`, `kysely migrate latest|up`.
      return a === 'migrate:latest' || a === 'migrate:up' || isMigrateSubcommand(a, b);
    case 'directus':
      // `directus bootstrap` installs or migrates the database; `directus database migrate:latest|up`.
      return a === 'bootstrap' || (a === 'database' && (b === 'migrate:latest' || b === 'migrate:up'));
    case 'aerich':
      // Tortoise ORM's Aerich: `aerich upgrade` applies the migrations (`history`, `heads`, `migrate` only read or write files).
      return a === 'upgrade';
    case 'ridgepole':
      // Ridgepole applies its Schemafile with --apply (not a --dry-run of it, not --export).
      return words.includes('--apply') && !words.includes('--dry-run');
    case 'drush':
      // Drupal: database updates (`updatedb`, `updb`) and `deploy`, which runs them before importing config.
      return a === 'updatedb' || a === 'updb' || a === 'deploy';
    case 'atlas':
      // Atlas' declarative `schema apply` (its `migrate apply` is read below).
      return (a === 'schema' && b === 'apply') || isMigrateSubcommand(a, b);
    case 'java':
      // Dropwizard's migrations bundle: `java -jar app.jar db migrate config.yml` (`db status` only reads).
      return effective.some((word, i) => word === 'db' && effective[i + 1] === 'migrate');
    case 'airflow':
      // Airflow's metadata database: `airflow db init` (2.x, creates the schema), `db migrate`, `db upgrade`, `db reset`.
      return a === 'db' && ['init', 'migrate', 'upgrade', 'reset'].includes(b ?? '');
    case 'piccolo':
      // Piccolo ORM: `piccolo migrations forwards all` (`backwards` undoes, `new`/`check` only write or read files).
      return a === 'migrations' && b === 'forwards';

    default:
      if (/^typeorm/.test(first)) return words.some((word) => isMigrationVerb(word));
      if (/^mikro-orm/.test(first)) return words.some((word) => isMigrationVerb(word)) || mikroOrmSchemaRun(words);
      if (first === 'rails' || first === 'rake') return words.some((word) => isMigrationVerb(word) || RAILS_SCHEMA_TASKS.has(word));
      // An Elixir release run with its migrate function: `bin/shop eval "Shop.Release.migrate"` (Phoenix's generated Release module).
      if (a === 'eval') return /\bRelease\.migrate\b|\bEcto\.Migrator\.run\b/.test(b ?? '');
      if (isMigratorBinary(first, effective.slice(1))) return true;
      if (a === 'db' && (b === 'upgrade' || b === 'migrate')) return true;
      if (a === 'upgrade' && isOwnExecutable(effective[0]!)) return true;
      return isMigrateSubcommand(a, b);
  }
}

/**
 * Tools whose `upgrade` upgrades packages, charts or the tool itself, not the app's database: `/usr/bin/apt-get upgrade`,
 * `/opt/venv/bin/pip upgrade`, `helm upgrade`.
 */
const PACKAGE_UPGRADERS = new Set([
  'apt', 'apt-get', 'aptitude', 'yum', 'dnf', 'microdnf', 'apk', 'zypper', 'pacman', 'brew', 'snap', 'flatpak', 'pip', 'pip3', 'pipx', 'npm', 'yarn',
  'pnpm', 'bun', 'composer', 'gem', 'bundle', 'poetry', 'conda', 'mamba', 'uv', 'cargo', 'rustup', 'go', 'dotnet', 'helm', 'kubectl', 'terraform', 'tofu',
  'mix', 'asdf', 'mise', 'sdk', 'nvm', 'volta', 'gcloud', 'az', 'aws',
]);

/**
 * The project's own executable, called by its path (`./nodebb upgrade`, `/usr/src/app/nodebb upgrade`, `bin/forum upgrade`):
 * an app's `upgrade` command migrates its database to the release's schema (NodeBB's runs the schema upgrades, then builds).
 * A bare word (`apt-get upgrade`) is a tool on the PATH, and a package manager's upgrade by path is still one.
 */
function isOwnExecutable(word: string): boolean {
  return word.includes('/') && !PACKAGE_UPGRADERS.has(baseCommand(word)) && !/^(?:python[\d.]*|node|ruby|php|java|perl|bash|sh)$/.test(baseCommand(word));
}

/** A project's own migration program, named for it: `bookmarks-migrate`, `api_migrate`, `migrator`, `db-migrate-up` built beside the server. */
const MIGRATOR_BINARY = /^(?:[a-z0-9]+[-_])?(?:migrat(?:e|or|ions?)|db[-_]?migrate)(?:[-_]up)?$/;

/** `/usr/local/bin/bookmarks-migrate`, `./migrator up`: run, not told to only inspect or undo. */
function isMigratorBinary(command: string, args: readonly string[]): boolean {
  return MIGRATOR_BINARY.test(command) && !args.some((arg) => NOT_MIGRATING.has(arg));
}

/** Interpreters that run an app's own script by its path: `node scripts/migrate.js`, `python migrate.py`. */
const INTERPRETERS = new Set(['node', 'bun', 'tsx', 'ts-node', 'python', 'ruby']);

/** python, python3, python3.12: one interpreter. */
const PYTHON = /^python(?:\d+(?:\.\d+)?)?$/;

/** Whether a command's base name is Python's interpreter (`python`, `python3`, `python3.12`). */
export function isPythonInterpreter(command: string): boolean {
  return PYTHON.test(command);
}
/** Options of Python's interpreter that take a value (`-W ignore`, `-X dev`); the others are single flags (`-u`, `-B`, `-OO`). */
const PYTHON_VALUED = new Set(['-W', '-X', '--check-hash-based-pycs']);
/** Global options taking a value before a Flask CLI command (`flask --app wsgi db upgrade`) or an Alembic one (`alembic -c alembic.ini upgrade head`). */
export const FLASK_VALUED: ReadonlySet<string> = new Set(['--app', '-A', '--env-file', '-e']);
const ALEMBIC_VALUED = new Set(['--config', '-c', '--name', '-n', '-x']);
/** A tool a Python interpreter runs as a module, spelled as its own command: `python -m flask db upgrade` is `flask db upgrade`. */
const MODULE_COMMANDS: ReadonlyMap<string, string> = new Map([
  ['flask', 'flask'], ['alembic', 'alembic'], ['django', 'django-admin'], ['yoyo', 'yoyo'], ['uvicorn', 'uvicorn'], ['gunicorn', 'gunicorn'],
]);

/** The command a Python interpreter runs, as its own words (`python -m flask run` -> `flask run`); any other command as it is. */
export function pythonCommandWords(words: readonly string[]): readonly string[] {
  const run = pythonModuleRun(words);
  return run === 'migration-module' ? words : run;
}

/**
 * The words a Python interpreter runs, its own options left out: `python3.12 -u src/manage.py migrate` ->
 * `python src/manage.py migrate`, `python -m flask db upgrade` -> `flask db upgrade`; an app's own module
 * named to migrate (`python -m app.db.migrate`, not told to only inspect) is 'migration-module'. Any other command as it is.
 */
function pythonModuleRun(words: readonly string[]): readonly string[] | 'migration-module' {
  if (!PYTHON.test(baseCommand(words[0] ?? ''))) return words;
  let at = 1;
  while (words[at]?.startsWith('-') && words[at] !== '-m') at += PYTHON_VALUED.has(words[at]!) ? 2 : 1;
  if (words[at - 1] === '-c' || words[at] !== '-m') return ['python', ...words.slice(at)];
  const module = words[at + 1] ?? '';
  const command = MODULE_COMMANDS.get(module);
  if (command) return [command, ...words.slice(at + 2)];
  const name = module.slice(module.lastIndexOf('.') + 1);
  return MIGRATION_SCRIPT.test(name) && !words.slice(at + 2).some((arg) => NOT_MIGRATING.has(arg)) ? 'migration-module' : words;
}

/**
 * Django's migrate command that migrates: `migrate --noinput`, not `migrate --plan` or `migrate --check` (they only read).
 * Also the commands that empty or rebuild the whole database, as Rails' `db:reset` does: `flush` (every table's rows) and
 * django-extensions' `reset_db` (drops and recreates the database); `--help` only prints.
 */
function djangoMigrates(args: readonly string[]): boolean {
  if (args.includes('--help') || args.includes('-h')) return false;
  // Django before 1.9: `syncdb` creates every model's table (`migrate --run-syncdb` is its later spelling).
  if (args[0] === 'flush' || args[0] === 'reset_db' || args[0] === 'syncdb') return true;
  // A Flask app's manage.py (Flask-Script's MigrateCommand, a FlaskGroup): `manage.py db upgrade` is `flask db upgrade`.
  if (args[0] === 'db') return args[1] === 'upgrade';
  return args[0] === 'migrate' && !args.includes('--plan') && !args.includes('--check');
}

/** A command's operands, its options and the values of those in `valued` left out (`--app=x` carries its own). */
export function operands(args: readonly string[], valued: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (let at = 0; at < args.length; at++) {
    if (!args[at]!.startsWith('-')) found.push(args[at]!);
    else if (valued.has(args[at]!)) at++;
  }
  return found;
}
/** A script file, by its extension. */
const SCRIPT_FILE = /\.(?:[cm]?js|[cm]?ts|py|rb)$/i;
/** A script named to run migrations: migrate.js, run-migrations.ts, db_migrate.py, migrate-latest.mjs, runMigrations.js. */
const MIGRATION_SCRIPT = /^(?:(?:run|apply|db|database)[-_]?)?migrat(?:e|ions?)(?:[-_]?(?:db|database|up|latest|all))?$/i;
/** Arguments that make such a script only read or write migration files, or undo them. */
const NOT_MIGRATING = new Set(['status', 'create', 'new', 'make', 'generate', 'list', 'down', 'rollback', 'undo', 'revert', '--dry-run']);

/** The interpreter's first script argument is a migration script (`node dist/db/migrate.js`), not told to only inspect. */
function runsMigrationScript(args: readonly string[]): boolean {
  const at = args.findIndex((arg) => SCRIPT_FILE.test(arg) && !arg.startsWith('-'));
  const script = at < 0 ? undefined : baseCommand(args[at]!).replace(SCRIPT_FILE, '');
  return script !== undefined && MIGRATION_SCRIPT.test(script) && !args.slice(at + 1).some((arg) => NOT_MIGRATING.has(arg));
}

/** The first word after the command that is not an option (`-url=…`, `--changelog-file=…`). */
function firstOperand(words: readonly string[]): string | undefined {
  return effectiveWords(words).slice(1).find((word) => !word.startsWith('-'));
}

/**
 * Any other tool's own migrate subcommand: `medusa migrations run`, `diesel migration run`, `sqlx
 * migrate run`, `atlas migrate apply`, `payload migrate`, `dbmate migrate`. A `migrate` word with
 * another verb after it (`migrate status`, `migrations list`, `migration generate`) only reads or writes files.
 */
function isMigrateSubcommand(a: string | undefined, b: string | undefined): boolean {
  if (a !== 'migrate' && a !== 'migration' && a !== 'migrations') return false;
  return b === undefined ? a === 'migrate' : ['run', 'up', 'apply', 'deploy', 'latest'].includes(b);
}

/**
 * A framework's console script given its migrate command: `php artisan migrate`, Spiral's `php app.php
 * migrate`, CodeIgniter's `php spark migrate`, ThinkPHP's `php think migrate:run`, Hyperf's `php
 * bin/hyperf.php migrate`, Adonis' `node ace migration:run`. `migrate:status` and `migrate:make` only read
 * or write files.
 */
function isScriptMigration(args: readonly string[]): boolean {
  const [verb, next] = args;
  if (verb === undefined) return false;
  if (verb === 'migrate') return next === undefined || next.startsWith('-') || ['run', 'up', 'latest'].includes(next);
  return /^migrat(?:e|ion):(?:run|up|latest|fresh|refresh|reset)$/.test(verb) || isMigrateSubcommand(verb, next);
}

/** Symfony's `bin/console doctrine:migrations:migrate` (`d:m:m`, `doctrine:schema:update --force`), Yii's `yii migrate`, Craft's `craft up`, CakePHP's `cake migrations migrate`, and the below. */
function isPhpConsoleMigration(tool: string, args: readonly string[]): boolean {
  const [verb, next] = args;
  if (tool === 'console') return isSymfonyMigration(args);
  if (tool === 'yii') return verb === 'migrate' || verb === 'migrate/up';
  // Craft CMS (a Yii app): `craft up` applies migrations and project config, `craft migrate/all` the migrations.
  if (tool === 'craft') return verb === 'up' || verb === 'migrate/all' || verb === 'migrate/up' || verb === 'migrate';
  // Doctrine Migrations' own CLI outside Symfony (`vendor/bin/doctrine-migrations migrate -n`), Phinx's
  // (`vendor/bin/phinx migrate -e production`), and the ORM's schema tool (`vendor/bin/doctrine orm:schema-tool:update --force`).
  if (tool === 'doctrine-migrations') return verb === 'migrate' || verb === 'migrations:migrate';
  if (tool === 'phinx') return verb === 'migrate';
  if (tool === 'doctrine') return verb === 'orm:schema-tool:create' || (verb === 'orm:schema-tool:update' && args.includes('--force'));
  return tool === 'cake' && verb === 'migrations' && next === 'migrate';
}

/** Symfony console's global options that take a value (`--env prod`); the others are flags (`-n`, `--no-debug`). */
const SYMFONY_VALUED: ReadonlySet<string> = new Set(['-e', '--env']);

/**
 * `bin/console [-n] doctrine:migrations:migrate`, and Doctrine's schema tool, which creates or alters every table from the
 * mapping: `doctrine:schema:create`, `doctrine:schema:update --force` (`--dump-sql` only prints), and their short forms.
 */
function isSymfonyMigration(args: readonly string[]): boolean {
  const [verb] = operands(args, SYMFONY_VALUED);
  if (verb === 'doctrine:migrations:migrate' || verb === 'd:m:m' || verb === 'doctrine:schema:create' || verb === 'd:s:c') return true;
  return (verb === 'doctrine:schema:update' || verb === 'd:s:u') && args.includes('--force');
}

/** MikroORM's `schema:create --run` / `schema:fresh --run` build every table (`--dump` only prints the DDL). */
function mikroOrmSchemaRun(words: readonly string[]): boolean {
  return words.includes('--run') && words.some((word) => word === 'schema:create' || word === 'schema:fresh');
}

/**
 * Rails' tasks that load the whole schema (`db:setup` also creates and seeds): run at every start they
 * rebuild the tables, which is a migration at start at its most drastic.
 */
/** Rails tasks that rebuild every table, or empty them: `db:seed:replant` and `db:truncate_all` truncate every table (the seeds then reload some). */
const RAILS_SCHEMA_TASKS: ReadonlySet<string> = new Set(['db:schema:load', 'db:structure:load', 'db:setup', 'db:reset', 'db:seed:replant', 'db:truncate_all']);

function isMigrationVerb(word: string): boolean {
  return ['migration:run', 'schema:sync', 'migrate:latest', 'migration:up', 'schema:update', 'db:migrate', 'db:prepare'].includes(word);
}

const UTILITIES = new Set([
  'echo', 'printf', 'cd', 'export', 'set', 'true', ':', 'sleep', 'test', '[', 'mkdir', 'cp', 'mv', 'rm', 'chmod', 'chown',
  'ls', 'cat', 'touch', 'wait-for-it', 'wait-for-it.sh', 'wait-for', 'until', 'done', 'do', 'then', 'fi', 'if',
]);

/** Admin or utility work that is not the app starting: other migrations, seeds, `prisma generate`, `echo`, `cd`. */
export function isAdminOrUtility(words: readonly string[]): boolean {
  if (isMigration(words)) return true;
  const effective = effectiveWords(words);
  const first = baseCommand(effective[0] ?? '');
  if (UTILITIES.has(first)) return true;
  const script = scriptRun(words);
  if (script) return /seed|generate|build/i.test(script.name);
  if (first === 'prisma') return effective[1] === 'generate' || effective[1] === 'db';
  return effective.some((word) => /(^|:)seed(:|$)|seed:run|db:seed|loaddata|collectstatic/.test(word));
}

/** A rake or rails task named for a loop that waits for work: delayed_job's `jobs:work`, `resque:work`, `solid_queue:start`. */
const WORKER_TASK = /(?:^|:)(?:work|workers?|start|run|listen|consume|poll|serve|server|daemon|loop|watch|scheduler|clock)(?::|$)/;

/**
 * Work that runs once and exits, not a server or a worker: admin or utility work (migrations, seeds, `echo`), the
 * project's own rake or rails tasks (`rake catalogue:import`, `bin/rails assets:precompile`: every word a namespaced task,
 * none named for a worker loop), and a command whose name holds a space (`CMD "rake db:setup rake db:seed"`: the
 * shell finds no such program, so nothing is started). Read by Factor IX, which asks whether a process must take SIGTERM.
 */
export function runsOnceAndExits(words: readonly string[]): boolean {
  if (isAdminOrUtility(words)) return true;
  const effective = effectiveWords(words);
  if (/\s/.test(effective[0] ?? '')) return true;
  const tool = baseCommand(effective[0] ?? '');
  if (tool !== 'rake' && tool !== 'rails') return false;
  const tasks = effective.slice(1).filter((word) => !word.startsWith('-') && !word.includes('='));
  return tasks.length > 0 && tasks.every((task) => task.includes(':') && !WORKER_TASK.test(task));
}
