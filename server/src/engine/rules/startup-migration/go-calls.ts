// Go calls that migrate or change the schema: gorm AutoMigrate, golang-migrate, goose,
// sql-migrate, bun migrate, gormigrate, dbmate, tern, ent's Schema.Create, atlas-go-sdk, xorm's Sync, beego's RunSyncdb.
import { callArguments, callName, enclosingFunction, goStringValue, importsAny, lastSegment, qualifiedName } from '../../languages/go';
import { assignedValues } from '../../languages/locals';
import type { SyntaxNode } from '../../languages/treeSitter';
import { isSchemaDdl } from './ddl';
import { isSchemaFileSql } from './go-schema-file';
import type { Effect } from './javascript-calls';

export interface GoMigrationCall {
  call: SyntaxNode;
  /** As written, for messages: `db.AutoMigrate()`. */
  label: string;
  effect: Effect;
}

const GOLANG_MIGRATE = 'github.com/golang-migrate/migrate';
const GOOSE = 'github.com/pressly/goose';
const SQL_MIGRATE = 'github.com/rubenv/sql-migrate';
const BUN_MIGRATE = 'github.com/uptrace/bun/migrate';
const ATLAS = 'ariga.io/atlas-go-sdk/atlasexec';
/** xorm's engine creates and alters tables to match structs: `engine.Sync2(new(User))`. */
const XORM = ['xorm.io/xorm', 'github.com/go-xorm/xorm'];
const XORM_SYNC = new Set(['Sync', 'Sync2', 'CreateTables']);
/** beego's ORM: `orm.RunSyncdb("default", false, true)` creates the registered models' tables. */
const BEEGO_SYNCDB = /^github\.com\/(?:beego\/beego\/v2\/client|astaxie\/beego)\/orm\.RunSyncdb$/;

/** golang-migrate `m.Up()` and friends, on an `m` made by `migrate.New...`. */
const MIGRATE_METHODS = new Set(['Up', 'Steps', 'Migrate']);
const MIGRATE_CONSTRUCTOR = /^github\.com\/golang-migrate\/migrate(?:\/v\d+)?\.New\w*$/;
const GOOSE_FUNCTIONS = /^github\.com\/pressly\/goose(?:\/v\d+)?\.(?:Up|UpContext|UpTo|UpToContext|UpByOne|UpByOneContext)$/;
const GOOSE_RUN = /^github\.com\/pressly\/goose(?:\/v\d+)?\.(?:Run|RunContext|RunWithOptions|RunWithOptionsContext)$/;
const GOOSE_PROVIDER = /^github\.com\/pressly\/goose(?:\/v\d+)?\.NewProvider$/;
const SQL_MIGRATE_EXEC = /^github\.com\/rubenv\/sql-migrate\.Exec\w*$/;
const BUN_MIGRATOR = /^github\.com\/uptrace\/bun\/migrate\.NewMigrator$/;
const GORMIGRATE = 'github.com/go-gormigrate/gormigrate';
const GORMIGRATE_NEW = /^github\.com\/go-gormigrate\/gormigrate(?:\/v\d+)?\.New$/;
/** dbmate as a library: `db := dbmate.New(u); db.CreateAndMigrate()` (or `Migrate()`). */
const DBMATE = 'github.com/amacneil/dbmate';
const DBMATE_NEW = /^github\.com\/amacneil\/dbmate(?:\/v\d+)?\/pkg\/dbmate\.New$/;
const DBMATE_METHODS = new Set(['Migrate', 'CreateAndMigrate']);
/** jackc/tern as a library: `m, _ := migrate.NewMigrator(ctx, conn, "schema_version"); m.Migrate(ctx)`. */
const TERN = 'github.com/jackc/tern';
const TERN_NEW = /^github\.com\/jackc\/tern(?:\/v\d+)?\/migrate\.NewMigrator$/;
/**
 * A function of another package of the app named for migrating: `store.Migrate(db)`,
 * `database.AutoMigrate()`, `models.RunMigrations(db)`. Its body is in another file, which cannot
 * tell that a server calls it; the call on the server's start path says so.
 */
/** database/sql, sqlx and pgx calls that run a statement: the SQL is the first argument, after a context for `*Context`. */
const EXEC_METHODS = new Set(['Exec', 'MustExec', 'ExecContext', 'MustExecContext']);
/** A package's constructor of a value: `store.New`, `db.NewDBDriver`, `postgres.Open`, `repo.Connect` (qualified by the import). */
const APP_CONSTRUCTOR = /^[\w.\/-]+\/[\w-]+\.(?:New|Open|Connect)\w*$/;
const APP_MIGRATION_FUNCTION = /^(?:Auto)?Migrate(?:DB|Database|Schema|Models|Tables|All|Up)?$|^(?:Run|Apply)(?:DB|Database)?Migrations$/;

export function migrationCallOf(call: SyntaxNode, imports: ReadonlyMap<string, string>, root: SyntaxNode): GoMigrationCall | undefined {
  const name = callName(call);
  if (name === undefined) return undefined;
  const label = `${name}()`;
  const method = lastSegment(name);
  const qualified = qualifiedName(name, imports) ?? name;
  if (name.includes('.') && method === 'AutoMigrate') return { call, label, effect: 'changes-schema' };
  if (name.includes('.') && EXEC_METHODS.has(method) && execsDdl(call)) return { call, label, effect: 'changes-schema' };
  if (/\.Schema\.Create$/.test(name)) return { call, label, effect: 'changes-schema' };
  if (name.includes('.') && XORM_SYNC.has(method) && importsAny(imports, XORM)) return { call, label, effect: 'changes-schema' };
  if (BEEGO_SYNCDB.test(qualified)) return { call, label, effect: 'changes-schema' };
  if (GOOSE_FUNCTIONS.test(qualified) || SQL_MIGRATE_EXEC.test(qualified)) return { call, label, effect: 'migrates' };
  if (GOOSE_RUN.test(qualified) && /^"up/.test(call.childForFieldName('arguments')?.text.replace(/^\(\s*(?:ctx\s*,\s*)?/, '') ?? '')) {
    return { call, label, effect: 'migrates' };
  }
  if (importsAny(imports, [ATLAS]) && (method === 'MigrateApply' || method === 'SchemaApply')) return { call, label, effect: 'migrates' };
  const receiver = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : undefined;
  if (receiver === undefined || receiver.includes('.')) return undefined;
  if (imports.has(receiver) && APP_MIGRATION_FUNCTION.test(method) && !isMigrationLibrary(imports.get(receiver)!)) return { call, label, effect: 'migrates' };
  // The app's own store or driver, built by a package's constructor: `driver, _ := db.NewDBDriver(dsn); driver.Migrate(ctx)`,
  // `s := store.New(driver); s.Migrate(ctx)` (memos). A value's method named for migrating runs the schema's migrations.
  if (APP_MIGRATION_FUNCTION.test(method) && madeBy(call, receiver, root, imports, APP_CONSTRUCTOR)) return { call, label, effect: 'migrates' };
  if (MIGRATE_METHODS.has(method) && importsAny(imports, [GOLANG_MIGRATE]) && madeBy(call, receiver, root, imports, MIGRATE_CONSTRUCTOR)) {
    return { call, label, effect: 'migrates' };
  }
  if (method === 'Up' && importsAny(imports, [GOOSE]) && madeBy(call, receiver, root, imports, GOOSE_PROVIDER)) return { call, label, effect: 'migrates' };
  if (method === 'Migrate' && importsAny(imports, [BUN_MIGRATE]) && madeBy(call, receiver, root, imports, BUN_MIGRATOR)) return { call, label, effect: 'migrates' };
  if ((method === 'Migrate' || method === 'MigrateTo') && importsAny(imports, [GORMIGRATE]) && madeBy(call, receiver, root, imports, GORMIGRATE_NEW)) return { call, label, effect: 'migrates' };
  if (importsAny(imports, [SQL_MIGRATE]) && SQL_MIGRATE_EXEC.test(qualified)) return { call, label, effect: 'migrates' };
  if ((method === 'Migrate' || method === 'MigrateTo') && importsAny(imports, [TERN]) && madeBy(call, receiver, root, imports, TERN_NEW)) return { call, label, effect: 'migrates' };
  if (DBMATE_METHODS.has(method) && importsAny(imports, [DBMATE]) && madeBy(call, receiver, root, imports, DBMATE_NEW)) return { call, label, effect: 'migrates' };
  return undefined;
}

/** Whether `receiver` was assigned the result of a constructor matching `constructor`, in the function or the file. */
function madeBy(call: SyntaxNode, receiver: string, root: SyntaxNode, imports: ReadonlyMap<string, string>, constructor: RegExp): boolean {
  const scope = enclosingFunction(call) ?? root;
  const values = assignedValues(scope, receiver, 'go');
  const candidates = values.length > 0 ? values : assignedValues(root, receiver, 'go');
  return candidates.some(({ value, index }) => index === 0 && value.type === 'call_expression' && constructor.test(qualifiedName(callName(value), imports) ?? ''));
}

/** The libraries above, whose package-level functions are judged by their own shapes. */
function isMigrationLibrary(path: string): boolean {
  return [GOLANG_MIGRATE, GOOSE, SQL_MIGRATE, BUN_MIGRATE, ATLAS, GORMIGRATE].some((library) => path === library || path.startsWith(`${library}/`));
}

/**
 * `db.Exec("CREATE TABLE IF NOT EXISTS ...")`, `db.ExecContext(ctx, "ALTER TABLE ...")`, `db.Exec(schema)` of an
 * embedded or read `schema.sql` (go-schema-file.ts); pgx's
 * `pool.Exec(ctx, sql)` takes the context first without the suffix, so the SQL is one of the first two.
 */
function execsDdl(call: SyntaxNode): boolean {
  let root = call;
  while (root.parent) root = root.parent;
  return callArguments(call).slice(0, 2).some((argument) => isSchemaDdl(sqlText(argument) ?? '') || isSchemaFileSql(argument, root));
}

/** The SQL a literal holds, or a name given it once in the file (`const schema = \`CREATE TABLE …\``; `pool.Exec(ctx, schema)`). */
function sqlText(argument: SyntaxNode): string | undefined {
  if (argument.type !== 'identifier') return goStringValue(argument);
  let root = argument;
  while (root.parent) root = root.parent;
  const values = assignedValues(root, argument.text, 'go');
  return values.length === 1 && values[0]!.count === 1 ? goStringValue(values[0]!.value) : undefined;
}
