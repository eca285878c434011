import type { InvalidExample } from '../../rule';
import type { ScanOptions } from '../../types';

/** What the node layer reads in src/db.js: its exported `init()` runs `db.migrate.latest()`; src/cache.js's `init()` only connects. */
const DB_INIT_MIGRATES: ScanOptions = {
  importedMigrations: [{ module: './db', name: 'init', label: 'db.migrate.latest()', path: 'src/db.js', range: { start: { line: 7, character: 8 }, end: { line: 7, character: 27 } } }],
};
/** src/database/index.ts exports `connectDatabase()`, whose body runs `sequelize.sync({ alter: true })`. */
const CONNECT_SYNCS: ScanOptions = {
  importedMigrations: [{ module: './database/index.js', name: 'connectDatabase', label: 'sequelize.sync()', path: 'src/database/index.ts', range: { start: { line: 7, character: 8 }, end: { line: 7, character: 40 } } }],
};

export const invalidExamples: InvalidExample[] = [
  {
    name: 'db/init.js that exports the synced connection is what the server imports: its sync runs at every start',
    path: 'db/init.js',
    code: `const sequelize = require('./connection');\nconst ready = ⟦sequelize.sync()⟧;\nmodule.exports = { sequelize, ready };\n`,
  },
  {
    name: 'db/sync.js that starts the server itself is the start path',
    path: 'db/sync.js',
    code: `const express = require('express');\nconst sequelize = require('./connection');\nconst app = express();\n⟦sequelize.sync()⟧.then(() => app.listen(process.env.PORT));\n`,
  },
  {
    name: "the db module's exported init() migrates (the node layer read it); the entry calls it before listen, through a namespace require",
    path: 'src/server.js',
    code: `const express = require('express');
const database = require('./db');
const cache = require('./cache');

const app = express();

async function main() {
  await cache.init();
  await ⟦database.init()⟧;
  app.listen(process.env.PORT);
}

main();
`,
    options: DB_INIT_MIGRATES,
    messageIncludes: ['`database.init()` runs `db.migrate.latest()` (in src/db.js)'],
    relatedFiles: ['src/db.js'],
  },
  {
    name: 'an imported connect function whose body syncs the schema, under an alias, in a promise chain that starts the server',
    path: 'src/main.ts',
    code: `import Fastify from 'fastify';
import { connectDatabase as connect } from './database/index.js';

const app = Fastify();
⟦connect()⟧.then(() => app.listen({ port: Number(process.env.PORT) }));
`,
    options: CONNECT_SYNCS,
    messageIncludes: ['`connect()` runs `sequelize.sync()`'],
    relatedFiles: ['src/database/index.ts'],
  },
  {
    name: "knex migrate in a Lambda handler that serves its event (every cold start migrates), CommonJS and ESM",
    path: 'src/handlers/payslips.js',
    code: `const db = require('../db')
let migrated = false
module.exports.handler = async (event) => {
  if (!migrated) {
    await ⟦db.migrate.latest()⟧
    migrated = true
  }
  return { statusCode: 200, body: JSON.stringify(await db('payslips').where({ employee_id: event.pathParameters.id })) }
}
`,
    messageIncludes: ['Factor XII'],
  },
  {
    name: "drizzle's migrate in a Nitro server plugin (Nuxt's server/plugins): it runs when the server starts",
    path: 'server/plugins/migrate.ts',
    code: `import { migrate } from "drizzle-orm/postgres-js/migrator";
import { db } from "../utils/db";

export default defineNitroPlugin(async () => {
  await ⟦migrate(db, { migrationsFolder: "./server/database/migrations" })⟧;
});
`,
    messageIncludes: ['Factor XII'],
  },
  {
    name: "prisma migrate deploy spawned from Next.js' instrumentation register()",
    path: 'src/instrumentation.ts',
    code: `export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { execSync } = await import("node:child_process");
    ⟦execSync("npx prisma migrate deploy", { stdio: "inherit" })⟧;
  }
}
`,
  },
  {
    name: "Kysely's Migrator run before the server starts (an imported migrator, by its name)",
    path: 'src/server.ts',
    code: `import { migrator } from './db/index.js';
const { error } = await ⟦migrator.migrateToLatest()⟧;
serve({ fetch: app.fetch, port: Number(process.env.PORT) });
`,
    messageIncludes: ['Factor XII', 'migrator.migrateToLatest()'],
  },
  {
    name: "a Kysely Migrator made in the file, migrated up at start",
    path: 'src/server.ts',
    code: `import { Migrator } from 'kysely';
const local = new Migrator({ db, provider });
await ⟦local.migrateUp()⟧;
`,
  },
  {
    name: 'postgrator made in the file, and through a factory named for it',
    path: 'src/app.js',
    code: `const Postgrator = require('postgrator');
const postgrator = new Postgrator({ migrationPattern: 'migrations/*', driver: 'pg', execQuery });
async function start() {
  await ⟦postgrator.migrate()⟧;
  app.listen(process.env.PORT);
}
`,
  },
  {
    name: 'postgrator through a factory named for it',
    path: 'src/app.js',
    code: `const { makePostgrator } = require('./db/migrations');
async function start(client) {
  await ⟦makePostgrator(client).migrate()⟧;
  app.listen(process.env.PORT);
}
`,
  },
  {
    name: "sequelize.sync() in Fastify's exported app factory (server.js builds the app from it at every start)",
    path: 'src/app.js',
    code: `const Fastify = require('fastify');
const { sequelize } = require('./models');
module.exports = async function buildApp() {
  const app = Fastify();
  await ⟦sequelize.sync({ alter: true })⟧;
  return app;
};
`,
  },
  {
    name: "sequelize.sync() in a Moleculer service's started() hook",
    path: 'services/billing.service.js',
    code: `const { Sequelize } = require('sequelize');
const sequelize = new Sequelize(process.env.DATABASE_URL);
module.exports = {
  name: 'billing',
  async started() {
    await ⟦sequelize.sync({ alter: true })⟧;
  },
};
`,
  },
  {
    name: 'hand-written DDL through pg and better-sqlite3 before the server listens',
    path: 'src/server.js',
    code: `const { Pool } = require('pg');
const Database = require('better-sqlite3');
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const cache = new Database('cache.db');
async function start() {
  await ⟦pool.query(\`CREATE TABLE IF NOT EXISTS users (id serial PRIMARY KEY, email text UNIQUE)\`)⟧;
  ⟪cache.prepare('CREATE INDEX IF NOT EXISTS by_key ON entries (key)').run()⟫;
  app.listen(Number(process.env.PORT));
}
start();
`,
    messageIncludes: ['`pool.query()` changes the schema every time the app starts'],
  },
  {
    name: 'two knex migrations before listen: one finding, the other related, and no fix (moving one would leave the other)',
    path: 'src/server.ts',
    code: `import knex from 'knex';
const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });
async function start() {
  await ⟦db.migrate.latest()⟧;
  await ⟪db.migrate.latest({ directory: './migrations/tenant' })⟫;
  app.listen(Number(process.env.PORT));
}
start();
`,
    messageIncludes: ['Factor XII', '1 more migration call in the same function'],
    noFixBecause: 'several migrations',
  },
  {
    name: 'sequelize.sync() heading the promise chain that starts the server (no CLI equivalent: no fix)',
    path: 'src/server.js',
    code: `const { sequelize } = require('./models');
⟦sequelize.sync()⟧.then(() => {
  app.listen(3000);
});
`,
    messageIncludes: ['Factor XII', '`sequelize.sync()` changes the schema', 'npm run migrate'],
  },
  {
    name: 'db.sequelize.sync with options at module level',
    path: 'src/app.js',
    code: `const db = require('./models');
⟦db.sequelize.sync({ alter: true })⟧;
module.exports = app;
`,
    messageIncludes: ['`db.sequelize.sync()`'],
  },
  {
    name: 'a new Sequelize(...) variable, force-synced',
    path: 'src/index.ts',
    code: `import { Sequelize } from 'sequelize';
const db = new Sequelize(process.env.DATABASE_URL!);
await ⟦db.sync({ force: true })⟧;
`,
    messageIncludes: ['`db.sync()` drops and recreates the schema'],
  },
  {
    name: 'models that are clearly models: defined here, extending Model, or from sequelize.models; one finding for the module, the others related',
    path: 'src/models/index.js',
    code: `const { Sequelize, Model, DataTypes } = require('sequelize');
const sequelize = new Sequelize(process.env.DATABASE_URL);
const User = sequelize.define('User', { name: DataTypes.STRING });
class Post extends Model {}
Post.init({ title: DataTypes.STRING }, { sequelize });
⟦User.sync()⟧;
⟪Post.sync({ alter: true })⟫;
⟪sequelize.models.Comment.sync()⟫;
module.exports = { sequelize, User, Post };
`,
  },
  {
    name: 'knex migrations in the function that starts the server: the fix removes the line',
    path: 'src/server.js',
    code: `const knex = require('./db');
async function start() {
  await ⟦knex.migrate.latest()⟧;
  app.listen(process.env.PORT);
}
module.exports = { start, knex };
`,
    fix: { kind: 'move-to-script', scriptName: 'migrate', command: 'knex migrate:latest' },
    output: `const knex = require('./db');
async function start() {
  app.listen(process.env.PORT);
}
module.exports = { start, knex };
`,
  },
  {
    name: 'a start function called at module level',
    path: 'src/main.ts',
    code: `import { knex } from './db';
import { createApp } from './app';
const main = async () => {
  await ⟦knex.migrate.up()⟧; // one at a time
  createApp(knex);
};
main().catch(console.error);
`,
    fix: { command: 'knex migrate:up' },
    output: `import { knex } from './db';
import { createApp } from './app';
const main = async () => {
  createApp(knex);
};
main().catch(console.error);
`,
  },
  {
    name: 'knex.migrate.latest().then(...) unwraps to the callback body; the require keeps its side effects',
    path: 'src/index.js',
    code: `const db = require('./db');
const PORT = process.env.PORT;
⟦db.migrate.latest()⟧.then(() => {
  const server = app.listen(PORT, () => {
    console.log(\`listening on \${PORT}\`);
  });
  server.keepAliveTimeout = 65000;
});
`,
    fix: { kind: 'move-to-script', command: 'knex migrate:latest' },
    output: `require('./db');
const PORT = process.env.PORT;
const server = app.listen(PORT, () => {
  console.log(\`listening on \${PORT}\`);
});
server.keepAliveTimeout = 65000;
`,
  },
  {
    name: 'TypeORM synchronize: true in a data source',
    path: 'src/data-source.ts',
    code: `import { DataSource } from 'typeorm';
export const AppDataSource = new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  ⟦synchronize: true⟧,
  entities: [User],
});
`,
    messageIncludes: ['TypeORM `synchronize: true` changes the schema every time the app connects', 'set it to false'],
  },
  {
    name: 'TypeOrmModule.forRoot in a Nest module, options from a typed variable',
    path: 'src/app.module.ts',
    code: `import { Module } from '@nestjs/common';
import { TypeOrmModule, TypeOrmModuleOptions } from '@nestjs/typeorm';
const options: TypeOrmModuleOptions = { autoLoadEntities: true, ⟦migrationsRun: true⟧ };
@Module({
  imports: [TypeOrmModule.forRoot({ url: process.env.DATABASE_URL, ⟦synchronize: true⟧ }), TypeOrmModule.forRoot(options)],
})
export class AppModule {}
`,
  },
  {
    name: 'runMigrations on a data source from its own module: typeorm CLI fix',
    path: 'src/main.ts',
    code: `import { AppDataSource } from './data-source';
import { app } from './app';
AppDataSource.initialize().then(async () => {
  await ⟦AppDataSource.runMigrations()⟧;
  app.listen(3000);
});
`,
    fix: { command: 'typeorm-ts-node-commonjs migration:run -d src/data-source.ts' },
    output: `import { AppDataSource } from './data-source';
import { app } from './app';
AppDataSource.initialize().then(async () => {
  app.listen(3000);
});
`,
  },
  {
    name: 'dataSource.synchronize() in a NestJS start-up hook',
    path: 'src/database/database.service.ts',
    code: `import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
@Injectable()
export class DatabaseService implements OnModuleInit {
  constructor(private readonly dataSource: DataSource) {}
  async onModuleInit(): Promise<void> {
    await ⟦this.dataSource.synchronize()⟧;
  }
}
`,
  },
  {
    name: 'umzug in an IIFE',
    path: 'src/index.js',
    code: `const { Umzug, SequelizeStorage } = require('umzug');
const umzug = new Umzug({ migrations: { glob: 'migrations/*.js' }, storage: new SequelizeStorage({ sequelize }) });
(async () => {
  await ⟦umzug.up()⟧;
  server.listen(8080);
})();
`,
  },
  {
    name: 'migrate-mongo up(db, client) before listening',
    path: 'src/server.js',
    code: `const { database, up } = require('migrate-mongo');
async function main() {
  const { db, client } = await database.connect();
  await ⟦up(db, client)⟧;
  app.listen(3000);
}
main();
`,
  },
  {
    name: 'MikroORM migrator and schema generator at top level: one finding, the other related',
    path: 'src/app.ts',
    code: `import { MikroORM } from '@mikro-orm/postgresql';
const orm = await MikroORM.init();
await ⟦orm.getMigrator().up()⟧;
const generator = orm.getSchemaGenerator();
await ⟪generator.updateSchema()⟫;
`,
  },
  {
    name: 'drizzle migrate() before serve()',
    path: 'src/index.ts',
    code: `import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { serve } from '@hono/node-server';
await ⟦migrate(db, { migrationsFolder: './drizzle' })⟧;
serve({ fetch: app.fetch, port: 3000 });
`,
  },
  {
    name: 'node-pg-migrate runner',
    path: 'src/server.ts',
    code: `import runner from 'node-pg-migrate';
await ⟦runner({ databaseUrl: process.env.DATABASE_URL!, dir: 'migrations', direction: 'up', migrationsTable: 'pgmigrations' })⟧;
`,
  },
  {
    name: 'prisma migrate deploy through execSync: the fix moves it and drops the unused import',
    path: 'src/server.ts',
    code: `import { execSync } from 'node:child_process';
import { app } from './app';
⟦execSync('npx prisma migrate deploy', { stdio: 'inherit' })⟧;
app.listen(3000);
`,
    fix: { kind: 'move-to-script', scriptName: 'migrate', command: 'prisma migrate deploy' },
    output: `import { app } from './app';
app.listen(3000);
`,
  },
  {
    name: 'prisma migrate dev through spawnSync: the script uses migrate deploy',
    path: 'src/index.js',
    code: `const cp = require('child_process');
async function boot() {
  ⟦cp.spawnSync('npx', ['prisma', 'migrate', 'dev'], { stdio: 'inherit' })⟧;
  cp.fork('./worker.js');
  http.createServer(handler).listen(80);
}
boot();
`,
    fix: { command: 'prisma migrate deploy' },
    output: `const cp = require('child_process');
async function boot() {
  cp.fork('./worker.js');
  http.createServer(handler).listen(80);
}
boot();
`,
  },
  {
    name: 'sequelize-cli through exec with a callback (no fix: the callback holds the start)',
    path: 'src/server.js',
    code: `const { exec } = require('child_process');
⟦exec('npx sequelize-cli db:migrate', (error) => {
  if (error) throw error;
  app.listen(3000);
})⟧;
`,
    messageIncludes: ['`sequelize-cli db:migrate` runs migrations'],
  },
  {
    name: 'the production branch is the start path',
    path: 'src/main.js',
    code: `const knex = require('./db');
if (process.env.NODE_ENV === 'production') {
  knex.migrate.latest().then(() => app.listen(80), (err) => process.exit(1));
} else {
  app.listen(3000);
}
`.replace('knex.migrate.latest()', '⟦knex.migrate.latest()⟧'),
  },
  {
    name: 'sync in the listen callback, and a start function passed to then',
    path: 'src/app.js',
    code: `const models = require('./models');
app.listen(3000, async () => {
  await ⟦models.sequelize.sync()⟧;
});
function ready() {
  return ⟦models.sequelize.models.Session.sync()⟧;
}
models.sequelize.authenticate().then(ready);
`,
  },
  {
    name: "the app's own migration function, imported from one of its modules, awaited before listen (named or through a namespace import)",
    path: 'src/server.js',
    code: `import { migrateToLatest } from './migrations.js';
import * as schema from '../db/schema.js';
import { pool } from './db.js';

async function start() {
  await ⟦migrateToLatest(pool)⟧;
  await ⟪schema.runPendingMigrations()⟫;
  app.listen(process.env.PORT);
}
start();
`,
  },
  {
    name: "the app's own schema sync, required from its models module (its body runs sequelize.sync({ alter: true })), awaited before listen",
    path: 'src/server.js',
    code: `const { Patient, syncModels } = require('./models');

async function start() {
  await ⟦syncModels()⟧;
  app.listen(Number(process.env.PORT) || 3000);
}
start();
`,
  },
];
