// Factor XII for PHP: migrations run as the app boots. `Artisan::call('migrate')` in a service
// provider, a route file, bootstrap/app.php or public/index.php; `exec('php artisan migrate')`;
// Laravel's migrator and Doctrine/Phinx migrators called from bootstrap code; a schema file run through PDO.
import { argumentAt, arrayValue, callOf, phpString, stringValue, useAliases, type PhpCall } from '../../languages/php';
import { MappedText } from '../../languages/mapped-text';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { MigrationGroups } from './grouped';
import { migrationsInScript } from './config-analysis';
import { bootContextOf, isOneOffPath, type BootContext } from './php-boot';
import { callSitesOf } from '../development-callers';
import { enclosingFunction } from '../../languages/php';
import { schemaScriptCall } from './php-schema-script';

const SHELL_FUNCTIONS = new Set(['exec', 'shell_exec', 'system', 'passthru', 'proc_open', 'popen']);
const ARTISAN_CALLS = new Set(['call', 'callsilent', 'callsilently', 'queue']);
/** Artisan commands that change the schema; `migrate:status` only reads it. */
const ARTISAN_MIGRATIONS = /^(?:migrate|migrate:(?:fresh|refresh|reset|rollback|install))(?:\s|$)/;
const DOCTRINE_MIGRATE = /^doctrine:(?:migrations:migrate|schema:update)(?:\s|$)/;

const WHERE: Readonly<Record<BootContext, string>> = {
  'boot-file': 'every time the app boots',
  'routes': 'every time the routes load (on each request)',
  'service-provider': 'every time the service provider boots (on each request)',
  'kernel': 'every time the kernel boots (on each request)',
};

interface Migration {
  /** For the message: `Artisan::call('migrate')`. */
  label: string;
  /** The one-off command to run instead. */
  command: string;
}

function check(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree || isOneOffPath(context.path)) return;
  const aliases = useAliases(tree.rootNode);
  const groups = new MigrationGroups(context);
  walkTree(tree.rootNode, (node) => {
    const migration = migrationOf(node, aliases);
    const where = migration && !inPhpLocalBranch(node) ? whereItRuns(node, context.path, tree.rootNode) : undefined;
    if (!migration || !where) return true;
    groups.add(node, {
      span: { start: node.startIndex, end: node.endIndex },
      message: `Factor XII: \`${migration.label}\` runs migrations ${WHERE[where]}; run \`${migration.command}\` once per release as a one-off admin process (a deploy step or release phase).`,
    });
    return false;
  });
  groups.flush();
}

/**
 * Where the migration runs as the app boots: in boot code itself (php-boot.ts), or in a function or method of this file
 * that boot code calls, two calls deep at most (`bring_schema_up();` in bootstrap.php, `$this->syncTables()` in a
 * provider's boot()). A helper that only a route, a controller action or nothing calls is silent; so is a call in a local
 * branch.
 */
function whereItRuns(node: SyntaxNode, path: string, root: SyntaxNode, depth = 0): BootContext | undefined {
  const where = bootContextOf(node, path);
  const fn = where || depth >= 2 ? undefined : enclosingFunction(node);
  const name = fn && (fn.type === 'function_definition' || fn.type === 'method_declaration') ? fn.childForFieldName('name')?.text : undefined;
  if (!fn || !name) return where;
  for (const call of callSitesOf(root, fn, name, 'php') ?? []) {
    const caller = inPhpLocalBranch(call) ? undefined : whereItRuns(call, path, root, depth + 1);
    if (caller) return caller;
  }
  return undefined;
}

/** An environment check that names a local one: `environment('local')`, `isLocal()`, `env('APP_ENV') === 'dev'`, `YII_ENV_DEV`. */
// Yii's `if (YII_ENV_DEV)` (its templates' debug and gii modules), `YII_ENV === 'dev'`.
const LOCAL_CHECK = /(?:environment|APP_ENV|app\.env|YII_ENV)[^;{}]*['"](?:local|dev|development|testing|test)['"]|isLocal\(\)|runningUnitTests\(\)|\bYII_ENV_(?:DEV|TEST)\b/;

/**
 * `if ($this->app->environment('local')) { Artisan::call('migrate'); }`: the branch runs only on a
 * developer's machine or in tests, never in a deploy (a negated or production check is not such a branch).
 */
export function inPhpLocalBranch(node: SyntaxNode): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === 'method_declaration' || parent.type === 'function_definition') return false;
    if (parent.type !== 'if_statement' || parent.childForFieldName('body')?.id !== child.id) continue;
    const condition = parent.childForFieldName('condition')?.text ?? '';
    if (LOCAL_CHECK.test(condition) && !/!\s*[$\w]|production|!==?/.test(condition)) return true;
  }
  return false;
}

function migrationOf(node: SyntaxNode, aliases: ReadonlyMap<string, string>): Migration | undefined {
  if (node.type === 'shell_command_expression') return shellMigration(node, '`…`');
  const call = callOf(node);
  if (!call) return undefined;
  const name = call.name.toLowerCase();
  if (call.kind === 'function' && SHELL_FUNCTIONS.has(name)) {
    const command = argumentAt(call, 0, 'command');
    return command ? shellMigration(command, `${call.name}(…)`) : undefined;
  }
  if (ARTISAN_CALLS.has(name) && isArtisan(call, aliases)) {
    const command = stringValue(argumentAt(call, 0, 'command'));
    if (command === undefined || !ARTISAN_MIGRATIONS.test(command)) return undefined;
    const verb = command.split(/\s/)[0]!;
    return { label: `${receiverLabel(call)}${call.name}('${verb}')`, command: `php artisan ${verb} --force` };
  }
  if (call.kind === 'new' && call.name === 'ArrayInput') return arrayInputMigration(call);
  if (call.kind === 'method') return migratorCall(call) ?? schemaBuilderCall(call) ?? schemaScriptMigration(call);
  if (call.kind === 'static' || call.kind === 'function') return schemaBuilderCall(call) ?? appMigrationCall(call);
  return undefined;
}

function schemaScriptMigration(call: PhpCall): Migration | undefined {
  const label = schemaScriptCall(call);
  return label ? { label, command: 'your migrations (Phinx, Doctrine Migrations)' } : undefined;
}

/** Schema builders that create or alter tables: Laravel's `Schema::create`, Eloquent Capsule's `Capsule::schema()->create`, Doctrine's SchemaTool. */
const SCHEMA_BUILDER_METHODS = new Set(['create', 'table']);
const SCHEMA_TOOL_METHODS = new Set(['createschema', 'updateschema']);

/** `Schema::create('pets', ...)`, `Capsule::schema()->create(...)`, `$schemaTool->updateSchema($metadata)`. */
function schemaBuilderCall(call: PhpCall): Migration | undefined {
  const name = call.name.toLowerCase();
  const receiver = call.kind === 'static' ? call.scope ?? '' : call.object?.text ?? '';
  const builder = SCHEMA_BUILDER_METHODS.has(name) && (call.kind === 'static' ? receiver === 'Schema' : /(?:::|->)schema\(\)$|^\$schema$/.test(receiver));
  const tool = SCHEMA_TOOL_METHODS.has(name) && /schemaTool|SchemaTool/.test(receiver);
  if (!builder && !tool) return undefined;
  const label = `${receiver.length <= 40 ? receiver : '…'}${call.kind === 'static' ? '::' : '->'}${call.name}()`;
  return { label, command: tool ? 'bin/console doctrine:migrations:migrate --no-interaction' : 'php artisan migrate --force (or Phinx) with the table in a migration' };
}

/**
 * The app's own function named for migrating or creating the schema, called where the app boots
 * (`Database::ensureSchema()`, `runMigrations($pdo)`): its body is in another file, which cannot tell
 * that the front controller calls it on every request.
 */
const APP_MIGRATION_FUNCTION = /^(?:ensure|create|setup|sync|update|install)(?:Db|Database)?(?:Schema|Tables)$|^(?:run|apply)(?:Db|Database)?Migrations$|^migrate(?:Db|Database|Schema)?$/i;

function appMigrationCall(call: PhpCall): Migration | undefined {
  if (!APP_MIGRATION_FUNCTION.test(call.name)) return undefined;
  const label = call.kind === 'static' ? `${call.scope ?? ''}::${call.name}()` : `${call.name}()`;
  return { label, command: 'your migrations (Phinx, Doctrine Migrations, php artisan migrate --force)' };
}

/** `Artisan::call`, `\Illuminate\Support\Facades\Artisan::call`, `$artisan->call`, `app(Kernel::class)->call`. */
function isArtisan(call: PhpCall, aliases: ReadonlyMap<string, string>): boolean {
  if (call.kind === 'static') return (aliases.get(call.scope ?? '') ?? call.scope) === 'Artisan';
  if (call.kind !== 'method' || !call.object) return false;
  return /artisan|Kernel::class|ConsoleKernel|consoleKernel/i.test(call.object.text) && !/^\$this$/.test(call.object.text);
}

function receiverLabel(call: PhpCall): string {
  if (call.kind === 'static') return `${call.scope ?? 'Artisan'}::`;
  return `${call.object?.text.length && call.object.text.length <= 30 ? call.object.text : '…'}->`;
}

/** `exec('php artisan migrate --force')`, `` `bin/console doctrine:migrations:migrate -n` ``. */
function shellMigration(node: SyntaxNode, label: string): Migration | undefined {
  const text = node.type === 'shell_command_expression' ? shellText(node) : phpString(node);
  if (!text) return undefined;
  const hit = migrationsInScript(text, { requireStart: false })[0];
  if (hit) return { label, command: hit.command };
  // Tools the shared command reader does not know: Symfony's console, Phinx, Doctrine's own CLI.
  const words = text.text.trim().split(/\s+/);
  const tool = words.findIndex((word) => /(?:^|\/)(?:console|phinx|doctrine-migrations)$/.test(word));
  const rest = tool >= 0 ? words.slice(tool + 1).join(' ') : '';
  const migrates = DOCTRINE_MIGRATE.test(rest) || (tool >= 0 && !/console$/.test(words[tool]!) && /^migrate(?:\s|$)/.test(rest));
  return migrates ? { label, command: text.text.trim() } : undefined;
}

function shellText(node: SyntaxNode): MappedText | undefined {
  if (node.namedChildren.some((child) => child?.type !== 'string_content')) return undefined;
  return MappedText.contiguous(node.text.slice(1, -1), node.startIndex + 1);
}

/**
 * A console application run in-process: Symfony's `$application->run(new ArrayInput(['command' =>
 * 'doctrine:migrations:migrate']))`, the standalone doctrine-migrations' `migrations:migrate`, and
 * Phinx's `(new PhinxApplication())->run(new ArrayInput(['command' => 'migrate']))`. `migrate:status`
 * and `status` only read the schema.
 */
const CONSOLE_MIGRATE = /^(?:migrate|migrations:migrate)(?:\s|$)/;

function arrayInputMigration(call: PhpCall): Migration | undefined {
  const command = stringValue(arrayValue(argumentAt(call, 0, 'parameters'), 'command'));
  if (command === undefined) return undefined;
  const label = `new ArrayInput(['command' => '${command}'])`;
  if (DOCTRINE_MIGRATE.test(command)) return { label, command: `bin/console ${command} --no-interaction` };
  if (!CONSOLE_MIGRATE.test(command)) return undefined;
  return { label, command: command === 'migrate' ? 'vendor/bin/phinx migrate' : 'vendor/bin/doctrine-migrations migrate --no-interaction' };
}

/**
 * `$migrator->migrate()`, `$factory->getMigrator()->migrate($plan)`, `app('migrator')->run(...)`, Phinx `$manager->migrate('prod')`,
 * CodeIgniter 4's `Services::migrations()->latest()` / `service('migrations')->latest()`.
 */
function migratorCall(call: PhpCall): Migration | undefined {
  const receiver = call.object?.text ?? '';
  const name = call.name.toLowerCase();
  const isMigrate = name === 'migrate' && /migrat|phinx/i.test(receiver);
  const isLaravelMigrator = name === 'run' && /migrator/i.test(receiver);
  const isPhinxWrapper = name === 'getmigrate';
  const isCodeIgniterRunner = name === 'latest' && /migrations/i.test(receiver);
  if (!isMigrate && !isLaravelMigrator && !isPhinxWrapper && !isCodeIgniterRunner) return undefined;
  const label = `${receiver.length <= 40 ? receiver : '…'}->${call.name}()`;
  const command = isCodeIgniterRunner ? 'php spark migrate' : /phinx/i.test(receiver) || isPhinxWrapper ? 'vendor/bin/phinx migrate' : isLaravelMigrator ? 'php artisan migrate --force' : 'vendor/bin/doctrine-migrations migrate --no-interaction';
  return { label, command };
}

// `schema`: Schema::create, Capsule::schema(), SchemaTool, and app functions named ensureSchema/createTables; a schema
// file or DDL run through PDO (php-schema-script.ts).
export const phpChecks: LanguageCheck[] = [{ languages: ['php'], keywords: ['migrat', 'schema', 'tables', '.sql', 'create table', 'alter table'], check }];
