// Recognises ORM and migration-library calls that change the database schema. Receivers are
// matched by what they clearly are (a binding from the library, a `new Sequelize(...)` variable,
// a conventional name like `sequelize`), never by a method name alone.
import ts from 'typescript';
import { dottedName, lastSegment, objectProperty, resolvedName, unwrap } from '../../languages/ts-ast';
import { isSchemaDdl } from './ddl';
import { type FileFacts, originOf } from './javascript-facts';

export type Effect = 'migrates' | 'changes-schema' | 'drops-schema';

/** A schema-changing call, as the check reports it. */
export interface MigrationCall {
  call: ts.CallExpression;
  tool: 'sequelize' | 'knex' | 'typeorm' | 'umzug' | 'migrate-mongo' | 'mikro-orm' | 'drizzle' | 'node-pg-migrate' | 'kysely' | 'postgrator' | 'cli' | 'sql' | 'app';
  effect: Effect;
  /** The knex subcommand (`latest`, `up`, ...), for the fix. */
  knexCommand?: string;
}

export function recognizeLibraryCall(call: ts.CallExpression, facts: FileFacts): MigrationCall | undefined {
  const callee = unwrap(call.expression);
  const functionName = resolvedName(callee, facts.bindings);
  if (functionName && isFunctionMigration(functionName)) return { call, tool: functionTool(functionName), effect: 'migrates' };
  if (!ts.isPropertyAccessExpression(callee)) return isAppMigrationFunction(callee, facts) ? { call, tool: 'app', effect: 'migrates' } : undefined;
  const method = callee.name.text;
  const receiver = unwrap(callee.expression);
  if (method === 'sync' && (isSequelizeInstance(receiver, facts) || isSequelizeModel(receiver, facts)))
    return { call, tool: 'sequelize', effect: syncEffect(call) };
  if (KNEX_METHODS.has(method) && ts.isPropertyAccessExpression(receiver) && receiver.name.text === 'migrate')
    return { call, tool: 'knex', effect: 'migrates', knexCommand: method };
  if (method === 'runMigrations') return { call, tool: 'typeorm', effect: 'migrates' };
  if (runsDdl(method, call, receiver)) return { call, tool: 'sql', effect: 'changes-schema' };
  if (method === 'synchronize' && isTypeormDataSource(receiver, facts)) return { call, tool: 'typeorm', effect: 'changes-schema' };
  if (method === 'up' && isMigrator(receiver, facts)) return { call, tool: migratorTool(receiver, facts), effect: 'migrates' };
  if (KYSELY_METHODS.has(method) && isKyselyMigrator(receiver, facts)) return { call, tool: 'kysely', effect: 'migrates' };
  if (method === 'migrate' && isPostgrator(receiver, facts)) return { call, tool: 'postgrator', effect: 'migrates' };
  if (SCHEMA_GENERATOR_METHODS.has(method) && isSchemaGenerator(receiver, facts))
    return { call, tool: 'mikro-orm', effect: method === 'dropSchema' || method === 'refreshDatabase' ? 'drops-schema' : 'changes-schema' };
  return isAppMigrationFunction(callee, facts) ? { call, tool: 'app', effect: 'migrates' } : undefined;
}

/**
 * The app's own function named for migrating, imported from one of its modules (`migrateToLatest(pool)`
 * from './migrations.js', `db.runMigrations()` through a namespace import, `syncModels()` from './models', whose body
 * runs Sequelize's `sync({ alter: true })`): its body, in the other
 * module, cannot tell that the server's start calls it; the call on the start path says so (as in Go,
 * Java and PHP). A function of this file is read through its body instead.
 */
const APP_MIGRATION_FUNCTION = /^(?:run|apply)(?:Db|Database|Pending|Schema)?Migrations$|^migrate(?:Db|Database|Schema|ToLatest|Latest|Up|All)?$|^sync(?:Db|Database|Models|Schema|Tables)$/;
const APP_MODULE = /^(?:\.\.?\/|[@~#]\/)/;

function isAppMigrationFunction(callee: ts.Expression, facts: FileFacts): boolean {
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  const root = ts.isIdentifier(callee) ? callee : ts.isPropertyAccessExpression(callee) ? unwrap(callee.expression) : undefined;
  if (name === undefined || !root || !ts.isIdentifier(root) || !APP_MIGRATION_FUNCTION.test(name)) return false;
  const specifier = facts.importedFrom.get(root.text);
  return specifier !== undefined && APP_MODULE.test(specifier);
}

const KNEX_METHODS = new Set(['latest', 'up', 'down', 'rollback']);
/** Methods of pg, mysql2, better-sqlite3, sqlite, pg-promise, knex and Prisma that run a statement given as text. */
const SQL_METHODS = new Set(['query', 'exec', 'execute', 'run', 'none', 'raw', 'unsafe', '$executeRawUnsafe']);

/** `pool.query('CREATE TABLE IF NOT EXISTS ...')`, `db.exec(...)`, better-sqlite3's `db.prepare('CREATE TABLE ...').run()`. */
function runsDdl(method: string, call: ts.CallExpression, receiver: ts.Expression): boolean {
  if (!SQL_METHODS.has(method)) return false;
  if (isDdlText(call.arguments[0])) return true;
  return method === 'run' && ts.isCallExpression(receiver) && ts.isPropertyAccessExpression(receiver.expression) && receiver.expression.name.text === 'prepare' && isDdlText(receiver.arguments[0]);
}

function isDdlText(node: ts.Expression | undefined): boolean {
  const text = node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : ts.isTemplateExpression(node) ? node.head.text : undefined);
  return text !== undefined && isSchemaDdl(text);
}
const SCHEMA_GENERATOR_METHODS = new Set(['updateSchema', 'createSchema', 'refreshDatabase', 'dropSchema']);

/** Migration runners called as plain functions: drizzle's `migrate`, migrate-mongo's `up`, node-pg-migrate. */
function isFunctionMigration(name: string): boolean {
  const bare = name.replace(/^node:/, '');
  if (/^drizzle-orm\/[\w-]+(?:\/[\w-]+)?\/migrator\.migrate$/.test(bare)) return true;
  if (bare === 'migrate-mongo.up') return true;
  return bare === 'node-pg-migrate' || bare === 'node-pg-migrate.default' || bare === 'node-pg-migrate.runner';
}

function functionTool(name: string): MigrationCall['tool'] {
  if (name.startsWith('drizzle-orm')) return 'drizzle';
  return name.startsWith('migrate-mongo') ? 'migrate-mongo' : 'node-pg-migrate';
}

/** `sync({ force: true })` drops every table first; plain `sync()` and `alter` change it in place. */
function syncEffect(call: ts.CallExpression): Effect {
  const options = call.arguments[0] && unwrap(call.arguments[0]);
  const force = options && ts.isObjectLiteralExpression(options) ? objectProperty(options, 'force') : undefined;
  return force?.kind === ts.SyntaxKind.TrueKeyword ? 'drops-schema' : 'changes-schema';
}

/** `sequelize`, `db.sequelize`, `this.sequelize`, or a variable holding `new Sequelize(...)`. */
export function isSequelizeInstance(receiver: ts.Expression, facts: FileFacts): boolean {
  const name = dottedName(receiver);
  // `const sequelize = require('sequelize')` is the library, not an instance.
  if (name !== undefined && lastSegment(name) === 'sequelize') return facts.bindings.get(name) !== 'sequelize';
  const origin = originOf(receiver, facts);
  if (ts.isNewExpression(origin)) return isSequelizeClass(origin.expression, facts);
  const originName = origin === receiver ? undefined : dottedName(origin);
  return originName !== undefined && lastSegment(originName) === 'sequelize';
}

function isSequelizeClass(node: ts.Expression, facts: FileFacts): boolean {
  const name = resolvedName(node, facts.bindings);
  return name === 'Sequelize' || name === 'sequelize' || name === 'sequelize.Sequelize' || name === 'sequelize-typescript.Sequelize';
}

/**
 * A model is clear only from this file: `sequelize.models.User`, a `sequelize.define(...)` result,
 * or a class here that extends sequelize's `Model`. An imported `User` could be anything.
 */
export function isSequelizeModel(receiver: ts.Expression, facts: FileFacts): boolean {
  if (ts.isPropertyAccessExpression(receiver)) {
    const models = unwrap(receiver.expression);
    return ts.isPropertyAccessExpression(models) && models.name.text === 'models' && isSequelizeInstance(unwrap(models.expression), facts);
  }
  const origin = originOf(receiver, facts);
  if (ts.isCallExpression(origin) && ts.isPropertyAccessExpression(origin.expression))
    return origin.expression.name.text === 'define' && isSequelizeInstance(unwrap(origin.expression.expression), facts);
  return ts.isIdentifier(receiver) && isLocalModelClass(receiver.text, facts);
}

function isLocalModelClass(name: string, facts: FileFacts): boolean {
  return facts.source.statements.some((statement) => {
    if (!ts.isClassDeclaration(statement) || statement.name?.text !== name) return false;
    const base = statement.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    const baseName = base && resolvedName(base.expression, facts.bindings);
    return baseName === 'sequelize.Model' || baseName === 'sequelize-typescript.Model';
  });
}

/** `dataSource`, `AppDataSource`, `this.connection`, or a variable holding a TypeORM data source. */
function isTypeormDataSource(receiver: ts.Expression, facts: FileFacts): boolean {
  const name = dottedName(receiver);
  if (name !== undefined && /(?:datasource|connection)$/i.test(lastSegment(name))) return true;
  const origin = originOf(receiver, facts);
  const created = ts.isNewExpression(origin) || ts.isCallExpression(origin) ? resolvedName(origin.expression, facts.bindings) : undefined;
  return created === 'typeorm.DataSource' || created === 'typeorm.createConnection' || created === 'typeorm.getConnection';
}

/** umzug (`new Umzug(...)`, `umzug`) or a MikroORM migrator (`orm.getMigrator()`, `orm.migrator`). */
function isMigrator(receiver: ts.Expression, facts: FileFacts): boolean {
  return migratorKind(receiver, facts) !== undefined;
}

function migratorTool(receiver: ts.Expression, facts: FileFacts): MigrationCall['tool'] {
  return migratorKind(receiver, facts) ?? 'umzug';
}

function migratorKind(receiver: ts.Expression, facts: FileFacts): 'umzug' | 'mikro-orm' | undefined {
  for (const candidate of [receiver, originOf(receiver, facts)]) {
    if (ts.isNewExpression(candidate)) {
      const created = resolvedName(candidate.expression, facts.bindings);
      if (created === 'umzug.Umzug' || created === 'umzug' || created === 'Umzug') return 'umzug';
    }
    const name = dottedName(candidate);
    if (name === undefined) continue;
    const last = lastSegment(name);
    if (/^umzug$/i.test(last)) return 'umzug';
    if (last === 'getMigrator()' || (last === 'migrator' && name !== last)) return 'mikro-orm';
  }
  return undefined;
}

/** Kysely's Migrator methods that apply migrations (not `getMigrations`, `migrateDown`). */
const KYSELY_METHODS = new Set(['migrateToLatest', 'migrateUp', 'migrateTo']);

/** `new Migrator({ db, provider })` from kysely, or a name that says migrator (`migrator`, `this.dbMigrator`). */
function isKyselyMigrator(receiver: ts.Expression, facts: FileFacts): boolean {
  return [receiver, originOf(receiver, facts)].some((candidate) => {
    if (ts.isNewExpression(candidate)) return resolvedName(candidate.expression, facts.bindings) === 'kysely.Migrator';
    const name = dottedName(candidate);
    return name !== undefined && /migrator$/i.test(lastSegment(name));
  });
}

/** `new Postgrator({...})`, a `postgrator` variable, or a factory named for it (`makePostgrator(client)`). */
function isPostgrator(receiver: ts.Expression, facts: FileFacts): boolean {
  return [receiver, originOf(receiver, facts)].some((candidate) => {
    const created = ts.isNewExpression(candidate) || ts.isCallExpression(candidate) ? candidate.expression : candidate;
    const name = resolvedName(unwrap(created), facts.bindings) ?? dottedName(unwrap(created));
    return name !== undefined && /postgrator$/i.test(lastSegment(name).replace(/\(\)$/, ''));
  });
}

function isSchemaGenerator(receiver: ts.Expression, facts: FileFacts): boolean {
  return [receiver, originOf(receiver, facts)].some((candidate) => {
    const name = dottedName(candidate);
    if (name === undefined) return false;
    const last = lastSegment(name);
    return last === 'getSchemaGenerator()' || /^schemaGenerator$/i.test(last) || (last === 'schema' && /^(?:this\.)?orm\./.test(name));
  });
}
