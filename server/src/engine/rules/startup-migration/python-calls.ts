// Python calls that migrate or create the schema: Django's call_command('migrate'), Flask-Migrate's
// upgrade(), Alembic's command.upgrade(), SQLAlchemy / Flask-SQLAlchemy create_all() / drop_all(),
// hand-written DDL through a cursor's execute() (`cur.execute("CREATE TABLE IF NOT EXISTS ...")`), and the
// other ORMs' table creation: peewee's `db.create_tables([...])`, Pony's `generate_mapping(create_tables=True)`,
// Tortoise's `generate_schemas()` and `register_tortoise(..., generate_schemas=True)`; the migration
// runners yoyo (`backend.apply_migrations(...)`) and peewee-migrate (`Router(db).run()`).
import { dottedName, keywordArgument, lastSegment, positionalArguments, resolvedName, stringValue, type Bindings } from '../../languages/python';
import { isSchemaDdl } from './ddl';
import { readsSchemaFile } from './python-schema-file';
import { assignedValues, topLevelAssignments } from '../../languages/locals';
import type { SyntaxNode } from '../../languages/treeSitter';

export type Effect = 'migrates' | 'changes-schema' | 'drops-schema';
export type Tool = 'django' | 'flask-migrate' | 'alembic' | 'yoyo' | 'peewee-migrate' | 'sqlalchemy' | 'flask-sqlalchemy' | 'tortoise' | 'orm' | 'sql' | 'app';

export interface PythonMigration {
  call: SyntaxNode;
  /** As written, for the message: `call_command('migrate')`, `db.create_all()`. */
  label: string;
  tool: Tool;
  effect: Effect;
}

/** DB-API cursors and connections (sqlite3, psycopg, PyMySQL), SQLAlchemy connections and sessions. */
const SQL_EXECUTORS = new Set(['execute', 'executescript', 'exec_driver_sql']);

/** The SQL of `"CREATE TABLE ..."` or SQLAlchemy's `text("CREATE TABLE ...")`. */
function sqlText(node: SyntaxNode | undefined): string | undefined {
  if (node?.type === 'call' && lastSegment(dottedName(node.childForFieldName('function')) ?? '') === 'text') return sqlText(positionalArguments(node)[0]);
  return node?.type === 'identifier' ? stringValue(moduleConstant(node)) : stringValue(node);
}

/** `SCHEMA = """CREATE TABLE …"""` at the module's top, assigned once: what `conn.execute(SCHEMA)` runs. */
function moduleConstant(name: SyntaxNode): SyntaxNode | undefined {
  let root = name;
  while (root.parent) root = root.parent;
  const values = topLevelAssignments(root).filter((assignment) => assignment.name.text === name.text);
  return values.length === 1 ? values[0]!.value : undefined;
}

const DJANGO_SCHEMA_COMMANDS = new Set(['migrate', 'syncdb']);

/**
 * The app's own function named for migrating or creating the schema, imported from another of its
 * modules (`from shortlinks.db import run_migrations`, `db.apply_migrations()` on an imported module):
 * its body, elsewhere, cannot tell that the start path calls it (as in Go, Java, PHP and JavaScript).
 * A function of this file is read through its body instead.
 */
const APP_MIGRATION_FUNCTION = /^(?:run|apply)_(?:db_|database_|pending_|schema_)?migrations$|^migrate_(?:db|database|schema|to_latest|latest|up|all)$|^upgrade_(?:db|database|schema)$|^(?:ensure|create|setup|sync|init|initialize)_(?:db_|database_)?(?:schema|tables)$/;

function isAppMigrationFunction(written: string, bindings: Bindings): boolean {
  const name = lastSegment(written);
  const head = written.split('.')[0]!;
  // `backend.apply_migrations(...)` on a local object is yoyo's (above) or unknown; only names bound by an import count.
  return APP_MIGRATION_FUNCTION.test(name) && bindings.has(head) && (head === written || written.split('.').length === 2);
}

export function recognizeMigration(call: SyntaxNode, bindings: Bindings): PythonMigration | undefined {
  const functionNode = call.childForFieldName('function');
  const written = dottedName(functionNode);
  const callee = resolvedName(functionNode, bindings);
  if (written === undefined && isChainedRouterRun(call, bindings)) return { call, label: 'Router(...).run()', tool: 'peewee-migrate', effect: 'migrates' };
  if (written === undefined || callee === undefined) return undefined;
  const found = (tool: Tool, effect: Effect, label = `${written}()`): PythonMigration => ({ call, label, tool, effect });
  if (callee === 'django.core.management.call_command') {
    const command = stringValue(positionalArguments(call)[0]);
    if (command === undefined || !DJANGO_SCHEMA_COMMANDS.has(command)) return undefined;
    return found('django', 'migrates', `${written}('${command}')`);
  }
  if (callee === 'django.core.management.execute_from_command_line') {
    const command = managePyCommand(call);
    return command !== undefined && DJANGO_SCHEMA_COMMANDS.has(command) ? found('django', 'migrates', `${written}([..., '${command}'])`) : undefined;
  }
  if (callee === 'flask_migrate.upgrade') return found('flask-migrate', 'migrates');
  if (callee === 'alembic.command.upgrade' || callee === 'alembic.command.stamp') return found('alembic', 'migrates');
  const method = lastSegment(written);
  const runner = migrationRunner(call, method, bindings);
  if (runner) return found(runner, 'migrates');
  const orm = ormTableCreation(call, method, callee);
  if (orm) return found(orm, 'changes-schema', orm === 'tortoise' && method !== 'generate_schemas' ? `${written}(generate_schemas=True)` : `${written}()`);
  if (method === 'run_sync') return runSyncSchema(call, written);
  if (written.includes('.') && SQL_EXECUTORS.has(method) && isSchemaDdl(sqlText(positionalArguments(call)[0]) ?? '')) return found('sql', 'changes-schema');
  if (written.includes('.') && method === 'executescript' && readsSchemaFile(positionalArguments(call)[0])) return found('sql', 'changes-schema');
  if (isAppMigrationFunction(written, bindings)) return found('app', 'migrates');
  if (method !== 'create_all' && method !== 'drop_all') return undefined;
  const receiver = written.slice(0, -method.length - 1);
  const effect: Effect = method === 'drop_all' ? 'drops-schema' : 'changes-schema';
  // `Base.metadata.create_all(bind=engine)`, `SQLModel.metadata.create_all(engine)`: SQLAlchemy core.
  if (/(?:^|\.)metadata$/.test(receiver)) return found('sqlalchemy', effect);
  // `db.create_all()`: Flask-SQLAlchemy's `db = SQLAlchemy()`.
  if (receiver === 'db' || receiver.endsWith('.db')) return found('flask-sqlalchemy', effect);
  return undefined;
}

/**
 * The command of `execute_from_command_line(["manage.py", "migrate", "--noinput"])`: the list's second item, as Django
 * reads `argv[1]`. `execute_from_command_line(sys.argv)` names no command here.
 */
export function managePyCommand(call: SyntaxNode): string | undefined {
  const argv = positionalArguments(call)[0];
  return argv?.type === 'list' ? stringValue(argv.namedChildren[1]) : undefined;
}

/** SQLAlchemy's async idiom, `await conn.run_sync(Base.metadata.create_all)`: the schema call handed over by reference. */
function runSyncSchema(call: SyntaxNode, written: string): PythonMigration | undefined {
  const handed = dottedName(positionalArguments(call)[0]) ?? '';
  const method = lastSegment(handed);
  if ((method !== 'create_all' && method !== 'drop_all') || !/(?:^|\.)metadata\.(?:create|drop)_all$/.test(handed)) return undefined;
  return { call, label: `${written}(${handed})`, tool: 'sqlalchemy', effect: method === 'drop_all' ? 'drops-schema' : 'changes-schema' };
}

/**
 * peewee's `db.create_tables([User, Tweet])` (a list or tuple of models: the name alone is too common),
 * Pony's `db.generate_mapping(create_tables=True)`, Tortoise's `Tortoise.generate_schemas()` and
 * `register_tortoise(app, ..., generate_schemas=True)` (and 0.21's `RegisterTortoise` lifespan).
 */
function ormTableCreation(call: SyntaxNode, method: string, callee: string): Tool | undefined {
  if (method === 'create_tables') {
    const models = positionalArguments(call)[0];
    return models?.type === 'list' || models?.type === 'tuple' ? 'orm' : undefined;
  }
  if (method === 'generate_mapping') return keywordArgument(call, 'create_tables')?.text === 'True' ? 'orm' : undefined;
  if (callee.startsWith('tortoise.')) {
    if (method === 'generate_schemas') return 'tortoise';
    if (method === 'register_tortoise' || method === 'RegisterTortoise') return keywordArgument(call, 'generate_schemas')?.text === 'True' ? 'tortoise' : undefined;
  }
  return undefined;
}

/**
 * yoyo's `backend.apply_migrations(backend.to_apply(migrations))` in a file importing yoyo, and
 * peewee-migrate's `Router(db, ...).run()`, on the Router itself or on a name assigned one in this file.
 */
function migrationRunner(call: SyntaxNode, method: string, bindings: Bindings): Tool | undefined {
  if (method === 'apply_migrations' && importsModule(bindings, 'yoyo')) return 'yoyo';
  if (method !== 'run' || positionalArguments(call).length > 0) return undefined;
  const receiver = call.childForFieldName('function')?.childForFieldName('object');
  if (receiver?.type !== 'identifier') return undefined;
  let module = call;
  while (module.parent) module = module.parent;
  return assignedValues(module, receiver.text, 'python').some(({ value }) => isPeeweeRouter(value, bindings)) ? 'peewee-migrate' : undefined;
}

/** `Router(db).run()`: no dotted name to read, the receiver is the Router's construction. */
function isChainedRouterRun(call: SyntaxNode, bindings: Bindings): boolean {
  const callee = call.childForFieldName('function');
  const receiver = callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'run' ? callee.childForFieldName('object') : null;
  return !!receiver && positionalArguments(call).length === 0 && isPeeweeRouter(receiver, bindings);
}

function importsModule(bindings: Bindings, module: string): boolean {
  for (const path of bindings.values()) if (path === module || path.startsWith(`${module}.`)) return true;
  return false;
}

function isPeeweeRouter(node: SyntaxNode, bindings: Bindings): boolean {
  return node.type === 'call' && resolvedName(node.childForFieldName('function'), bindings) === 'peewee_migrate.Router';
}
