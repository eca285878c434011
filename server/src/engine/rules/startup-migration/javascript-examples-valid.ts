import type { ValidExample } from '../../rule';
import type { ScanOptions } from '../../types';

/** What the node layer reads in src/db.js: its exported `init()` runs `db.migrate.latest()`. */
const DB_INIT_MIGRATES: ScanOptions = {
  importedMigrations: [{ module: './db', name: 'init', label: 'db.migrate.latest()', path: 'src/db.js', range: { start: { line: 7, character: 8 }, end: { line: 7, character: 27 } } }],
};

// Hard negatives: migrations that already run as one-off processes, test setup, dev-only branches,
// functions nothing in the file runs, and look-alike calls.
export const validExamples: ValidExample[] = [
  {
    name: 'db/sync.js: the verb alone in a db folder, exporting nothing and starting no server, is a script run as its own process ("syncDB": "node db/sync.js")',
    path: 'db/sync.js',
    code: `const sequelize = require('./connection');\nrequire('./models/note');\n\nsequelize.sync({ alter: true }).then(() => sequelize.close());\n`,
  },
  {
    name: 'database/reset.ts as a script: nothing exported, no server',
    path: 'src/database/reset.ts',
    code: `import { sequelize } from './connection';\n\nawait sequelize.sync({ force: true });\nawait sequelize.close();\n`,
  },
  {
    name: "imported init() calls the node layer did not find migrating (another module's, a package's), and the migrating one only from an admin route",
    path: 'src/server.js',
    code: `const express = require('express');
const cache = require('./cache');
const queue = require('db-kit');
const { init } = require('./db');

const app = express();
app.post('/admin/migrate', async (req, res) => {
  await init();
  res.sendStatus(204);
});

async function main() {
  await cache.init();
  await queue.init();
  app.listen(process.env.PORT);
}

main();
`,
    options: DB_INIT_MIGRATES,
  },
  {
    name: "a sync function from a package (not the app's module), and the app's own sync named for something else (syncInventory)",
    path: 'src/server.js',
    code: `const { syncModels } = require('orm-kit');
const { syncInventory } = require('./inventory');

async function start() {
  await syncModels();
  await syncInventory();
  app.listen(Number(process.env.PORT) || 3000);
}
start();
`,
  },
  {
    name: 'a dedicated migration Lambda that ignores its event (invoked once per deploy), and a non-handler export',
    path: 'src/functions/schema.js',
    code: `const db = require('../db')
module.exports.handler = async () => {
  const [batch, log] = await db.migrate.latest()
  return { batch, applied: log.length }
}
exports.prepare = async (event) => {
  await db.migrate.latest()
  return event
}
`,
  },
  {
    name: "a register() outside instrumentation.ts; a migrate in a Nitro plugin defined but not exported",
    path: 'lib/telemetry.ts',
    code: `import { migrate } from "drizzle-orm/postgres-js/migrator";
export async function register() {
  await migrate(db, { migrationsFolder: "./drizzle" });
}
const plugin = defineNitroPlugin(async () => {
  await migrate(db, { migrationsFolder: "./drizzle" });
});
`,
  },
  {
    name: 'an exported function that syncs but builds no app (a helper a script or test calls), and an app factory that only checks the connection',
    path: 'src/db/reset.js',
    code: `const express = require('express');
const { sequelize } = require('./models');
module.exports.resetSchema = async function () {
  await sequelize.sync({ force: true });
};
export function createApp() {
  const app = express();
  sequelize.authenticate();
  return app;
}
`,
  },
  {
    name: "Kysely's migrations listed, a migrator's own release script, and a migrate() of something else",
    path: 'src/server.ts',
    code: `const migrations = await migrator.getMigrations();
await schemaCompare.migrate();
await cache.migrateToLatest();
`,
  },
  {
    name: 'the release script that runs the Kysely migrator',
    path: 'scripts/migrate.ts',
    code: `import { migrator } from '../src/db/index.js';\nawait migrator.migrateToLatest();\n`,
  },
  {
    name: "a Moleculer service's started() that only checks the connection; a started() of an object nobody exports",
    path: 'services/billing.service.js',
    code: `const { Sequelize } = require('sequelize');
const sequelize = new Sequelize(process.env.DATABASE_URL);
const helpers = { name: 'local', async started() { await sequelize.sync(); } };
module.exports = {
  name: 'billing',
  async started() {
    await sequelize.authenticate();
  },
};
`,
  },
  {
    name: 'SQL that changes no schema, DDL in a route handler, and a schema script under scripts/',
    path: 'src/server.js',
    code: `const pool = new Pool();
async function start() {
  await pool.query('SELECT 1');
  await pool.query(\`CREATE TEMP TABLE scratch (id int)\`);
  app.post('/admin/reset', async () => pool.query('DROP TABLE sessions'));
  app.listen(Number(process.env.PORT));
}
start();
`,
  },
  {
    name: 'a schema script is the one-off process',
    path: 'scripts/init-db.js',
    code: `pool.query('CREATE TABLE IF NOT EXISTS users (id serial PRIMARY KEY)').then(() => pool.end());
`,
  },
  {
    name: 'a migrate script under scripts/ is the one-off process',
    path: 'scripts/migrate.js',
    code: `const knex = require('../src/db');
knex.migrate.latest().then(() => knex.destroy());
`,
  },
  {
    name: 'a file named for migrating is an admin command',
    path: 'src/db/run-migrations.ts',
    code: `import { AppDataSource } from './data-source';
await AppDataSource.initialize();
await AppDataSource.runMigrations();
`,
  },
  {
    name: 'knexfile and seed files',
    path: 'src/knexfile.js',
    code: `const knex = require('knex')(require('./config'));
knex.migrate.latest();
`,
  },
  {
    name: 'test setup syncs a throwaway database',
    path: 'test/setup.js',
    code: `const { sequelize } = require('../src/models');
beforeAll(() => sequelize.sync({ force: true }));
`,
  },
  {
    name: 'a spec file next to the code',
    path: 'src/models/user.spec.ts',
    code: `import { sequelize } from './index';
await sequelize.sync({ force: true });
`,
  },
  {
    name: 'jest globalSetup',
    path: 'jest.global-setup.ts',
    code: `import { execSync } from 'node:child_process';
export default () => execSync('npx prisma migrate deploy');
`,
  },
  {
    name: 'an exported function never called here may be an admin command',
    path: 'src/db/index.js',
    code: `const knex = require('knex')(require('../../knexfile'));
async function migrate() {
  await knex.migrate.latest();
}
module.exports = { knex, migrate };
`,
  },
  {
    name: 'migrations behind an admin route are not on the start path',
    path: 'src/server.js',
    code: `const { sequelize } = require('./models');
async function migrate() {
  await sequelize.sync({ alter: true });
}
app.post('/admin/migrate', async (req, res) => {
  await migrate();
  res.sendStatus(204);
});
app.listen(3000);
`,
  },
  {
    name: 'require.main guard in a module that starts no server is its CLI entry',
    path: 'src/db.js',
    code: `const knex = require('knex')(require('./config'));
module.exports = knex;
if (require.main === module) {
  knex.migrate.latest().then(() => knex.destroy());
}
`,
  },
  {
    name: 'sync only in tests or development',
    path: 'src/server.js',
    code: `const db = require('./models');
if (process.env.NODE_ENV === 'test') {
  db.sequelize.sync({ force: true });
}
if (process.env.NODE_ENV !== 'production') db.sequelize.sync({ alter: true });
const isProduction = process.env.NODE_ENV === 'production';
if (!isProduction) db.sequelize.sync();
app.listen(3000);
`,
  },
  {
    name: 'an opt-in flag makes migrating a per-deploy choice',
    path: 'src/main.ts',
    code: `import { knex } from './db';
if (process.env.RUN_MIGRATIONS === 'true') await knex.migrate.latest();
process.env.DB_SYNC && (await knex.migrate.latest());
app.listen(3000);
`,
  },
  {
    name: 'TypeORM options that do not touch the schema, or let the environment decide',
    path: 'src/data-source.ts',
    code: `import { DataSource } from 'typeorm';
const isProduction = process.env.NODE_ENV === 'production';
export const AppDataSource = new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  synchronize: false,
  migrationsRun: process.env.MIGRATIONS_RUN === 'true',
  dropSchema: !isProduction && process.env.DROP === '1',
  entities: ['dist/entities/*.js'],
});
export const TestDataSource = new DataSource({
  type: 'sqlite',
  database: ':memory:',
  synchronize: !isProduction,
});
`,
  },
  {
    name: 'synchronize: true only in the test branch',
    path: 'src/app.module.ts',
    code: `const testing = process.env.NODE_ENV === 'test';
export const options = testing ? { type: 'sqlite', synchronize: true } : { type: 'postgres', synchronize: false };
`,
  },
  {
    name: 'look-alike calls: other sync methods, other commands, mongoose indexes',
    path: 'src/index.js',
    code: `const fs = require('fs');
const { execSync } = require('child_process');
const User = require('./models/user');
const config = fs.readFileSync('config.json', 'utf8');
calendar.sync({ force: true });
store.sync();
execSync('npx prisma generate');
execSync('npm run build');
User.syncIndexes();
umzug.runAsCLI();
migrator.up();
app.listen(3000);
`,
  },
  {
    name: 'a config object that is not TypeORM',
    path: 'src/state.ts',
    code: `export const replica = { mode: 'follower', synchronize: true };
`,
  },
  {
    name: 'migrations in a CLI commands folder',
    path: 'src/commands/db.ts',
    code: `import { MikroORM } from '@mikro-orm/core';
const orm = await MikroORM.init();
await orm.getMigrator().up();
`,
  },
  {
    name: 'test hooks in a support file',
    path: 'src/support/db.ts',
    code: `import { knex } from '../db';
before(async () => {
  await knex.migrate.latest();
});
`,
  },
  {
    name: 'a suppressed line in a single-instance tool',
    path: 'src/index.js',
    code: `const { sequelize } = require('./models');
// twelve-factor-ignore-next-line startup-migration -- single instance, migrates on purpose
sequelize.sync().then(() => app.listen(3000));
`,
  },
  {
    name: "a migration-named function from a package (not the app's own module), one defined in this file doing no migration, and an app migration behind an opt-in flag",
    path: 'src/server.js',
    code: `import { migrate } from 'some-queue-lib';
import { runMigrations } from './migrations.js';

function migrateLatest() {
  return cache.clear();
}

async function start() {
  await migrate(queue);
  migrateLatest();
  if (process.env.RUN_MIGRATIONS === 'true') await runMigrations(pool);
  app.listen(process.env.PORT);
}
start();
`,
  },
];
