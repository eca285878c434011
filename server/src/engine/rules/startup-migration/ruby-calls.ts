// Which Ruby calls migrate a database: ActiveRecord's migrators and database tasks, `Rake::Task['db:migrate']`,
// Sequel and DataMapper migrators, Sequel's `DB.create_table?` / `create_table!`, and shell commands (`system('bin/rails db:migrate')`, backticks).
import { MappedText } from '../../languages/mapped-text';
import { callArguments, callName, methodName, stringContentSpan, stringValue, symbolOrStringName } from '../../languages/ruby';
import type { SyntaxNode } from '../../languages/treeSitter';
import { migrationsInArgv, migrationsInScript } from './config-analysis';

export type Effect = 'migrates' | 'changes-schema' | 'drops-schema';

/** Calls by their dotted name (`::` as `.`). */
const MIGRATING_CALLS: ReadonlyMap<string, Effect> = new Map([
  ['ActiveRecord.Tasks.DatabaseTasks.migrate', 'migrates'],
  ['ActiveRecord.Tasks.DatabaseTasks.prepare_all', 'migrates'],
  ['ActiveRecord.Tasks.DatabaseTasks.load_schema', 'drops-schema'],
  ['ActiveRecord.Tasks.DatabaseTasks.load_schema_current', 'drops-schema'],
  ['ActiveRecord.Tasks.DatabaseTasks.reset_all', 'drops-schema'],
  ['ActiveRecord.Migrator.migrate', 'migrates'],
  ['ActiveRecord.Migrator.up', 'migrates'],
  ['ActiveRecord.Migrator.run', 'migrates'],
  ['ActiveRecord.Schema.define', 'changes-schema'],
  ['Sequel.Migrator.run', 'migrates'],
  ['Sequel.Migrator.apply', 'migrates'],
  ['DataMapper.auto_migrate!', 'drops-schema'],
  ['DataMapper.auto_upgrade!', 'changes-schema'],
]);
/** Sequel's table creation on a database (`DB.create_table?(:items) do … end`): `?` creates if missing, `!` drops first. */
const SEQUEL_TABLE_CREATION: ReadonlyMap<string, Effect> = new Map([
  ['create_table?', 'changes-schema'],
  ['create_join_table?', 'changes-schema'],
  ['create_table!', 'drops-schema'],
]);
/** `X.new(...).<method>`: migrator objects. */
const MIGRATOR_CLASSES: ReadonlyMap<string, string> = new Map([
  ['ActiveRecord.MigrationContext.new', 'migrate'],
  ['ActiveRecord.Migrator.new', 'migrate'],
  ['Sequel.TimestampMigrator.new', 'run'],
  ['Sequel.IntegerMigrator.new', 'run'],
]);
const RAKE_TASKS: ReadonlyMap<string, Effect> = new Map([
  ['db:migrate', 'migrates'],
  ['db:prepare', 'migrates'],
  ['db:migrate:up', 'migrates'],
  ['db:migrate:redo', 'migrates'],
  ['db:schema:load', 'drops-schema'],
  ['db:structure:load', 'drops-schema'],
  ['db:setup', 'drops-schema'],
  ['db:reset', 'drops-schema'],
]);
const SHELL_CALLS = new Set(['system', 'Kernel.system', 'spawn', 'Process.spawn', 'exec', 'Open3.capture2', 'Open3.capture2e', 'Open3.capture3', 'Open3.popen3', 'IO.popen']);

/** What a call or backtick command does to the schema, if it migrates. */
export function migrationEffect(node: SyntaxNode): Effect | undefined {
  if (node.type === 'subshell') return shellMigrates([node]) ? 'migrates' : undefined;
  if (node.type !== 'call') return undefined;
  const name = (callName(node) ?? '').replace(/::/g, '.').replace(/^\./, '');
  const direct = MIGRATING_CALLS.get(name);
  if (direct) return direct;
  const method = methodName(node) ?? '';
  const receiver = node.childForFieldName('receiver');
  if (receiver?.type === 'call' && MIGRATOR_CLASSES.get((callName(receiver) ?? '').replace(/::/g, '.').replace(/^\./, '')) === method) return 'migrates';
  // `ActiveRecord::Base.connection.migration_context.migrate`, `connection_pool.migration_context.migrate`
  if (method === 'migrate' && receiver?.type === 'call' && methodName(receiver) === 'migration_context') return 'migrates';
  if ((method === 'invoke' || method === 'execute') && receiver?.type === 'element_reference') return rakeTaskEffect(receiver);
  const sequel = receiver ? SEQUEL_TABLE_CREATION.get(method) : undefined;
  if (sequel) return sequel;
  if (SHELL_CALLS.has(name)) return shellMigrates(callArguments(node)) ? 'migrates' : undefined;
  return isAppMigrationMethod(method, receiver) ? 'migrates' : undefined;
}

/**
 * The app's own module method named for migrating (`Shortlinks::Schema.migrate!(DB)`,
 * `Database.run_migrations`), called on a constant: its body, in another file, cannot tell that
 * config.ru or a boot file calls it (as in Go, Java, PHP, Python and JavaScript).
 */
const APP_MIGRATION_METHOD = /^(?:migrate|(?:run|apply)_(?:pending_)?migrations|migrate_(?:db|database|schema)|(?:ensure|create|setup|sync)_(?:db_|database_)?(?:schema|tables))!?$/;

function isAppMigrationMethod(method: string, receiver: SyntaxNode | null): boolean {
  return APP_MIGRATION_METHOD.test(method) && (receiver?.type === 'constant' || receiver?.type === 'scope_resolution');
}

/** `Rake::Task['db:migrate']`. */
function rakeTaskEffect(reference: SyntaxNode): Effect | undefined {
  const object = reference.childForFieldName('object');
  if (object?.text.replace(/^::/, '') !== 'Rake::Task') return undefined;
  const key = reference.namedChildren.find((child) => child !== null && child.id !== object.id);
  const task = symbolOrStringName(key);
  return task === undefined ? undefined : RAKE_TASKS.get(task);
}

/** One string is a shell script (`system('bin/rails db:migrate')`), several are an argv (`system('rails', 'db:migrate')`). */
function shellMigrates(args: SyntaxNode[]): boolean {
  const texts = args.filter((arg) => arg.type !== 'pair' && arg.type !== 'hash').map(commandText);
  if (texts.length === 0 || texts.some((text) => text === undefined)) return false;
  const mapped = texts as MappedText[];
  const hits = mapped.length === 1 && mapped[0] ? migrationsInScript(mapped[0], { requireStart: false }) : migrationsInArgv(mapped, { requireStart: false });
  return hits.length > 0 || mapped.some((text) => /\bdb:(?:schema:load|setup|reset)\b/.test(text.text) && /\b(?:rails|rake)\b/.test(text.text));
}

/** A string or backtick command without interpolation, as text mapped to its source. */
function commandText(node: SyntaxNode): MappedText | undefined {
  if (node.type === 'string') {
    const value = stringValue(node);
    const inner = stringContentSpan(node);
    if (value === undefined || !inner) return undefined;
    return value.length === inner.end - inner.start ? MappedText.contiguous(value, inner.start) : new MappedText(value, inner);
  }
  if (node.type === 'subshell') {
    if (node.namedChildren.some((child) => child?.type !== 'string_content')) return undefined;
    const inner = stringContentSpan(node);
    return inner ? MappedText.contiguous(node.text.slice(inner.start - node.startIndex, inner.end - node.startIndex), inner.start) : undefined;
  }
  return undefined;
}
