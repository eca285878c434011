import type { Examples } from '../../rule';

export const javascriptExamples: Examples = {
  valid: [
    { name: "a flag that reads no environment", path: "src/db/index.js", code: "const isProduction = config.get('flags.prod');\nmodule.exports = knex({ client: isProduction ? 'pg' : 'better-sqlite3' });\n" },
    { name: "an environment test that picks the pool, or the same kind on both sides; a ternary outside a driver key", path: "src/db/reporting.js", code: "const knex = require('knex');\n\nconst pool = process.env.NODE_ENV === 'production' ? { min: 2, max: 20 } : { min: 0, max: 2 };\nconst label = process.env.NODE_ENV === 'production' ? 'postgres' : 'sqlite';\n\nmodule.exports = knex({ client: process.env.NODE_ENV !== 'test' ? 'pg' : 'pg', connection: process.env.DATABASE_URL, pool });\n" },
    {
      name: 'whole configs on each side with the same kind, a side whose driver is not written, and a test that reads no environment',
      path: 'src/db.js',
      code: "const knex = require('knex');\nconst isProduction = process.env.NODE_ENV === 'production';\n\nconst cache = knex(isProduction ? { client: 'pg', connection: process.env.CACHE_URL } : { client: 'postgresql', connection: { database: 'cache_dev' } });\nconst audit = knex(isProduction ? { client: process.env.AUDIT_CLIENT } : { client: 'sqlite3' });\nconst local = knex(useFile ? { client: 'sqlite3' } : { client: 'pg' });\n\nmodule.exports = { cache, audit, local };\n",
    },
    {
      name: 'PostgreSQL in every environment',
      path: 'knexfile.js',
      code: `module.exports = {\n  development: { client: 'pg', connection: { database: 'shop_dev' } },\n  production: { client: 'postgresql', connection: process.env.DATABASE_URL },\n};\n`,
    },
    {
      name: 'production kind read from the environment',
      path: 'knexfile.js',
      code: `module.exports = {\n  development: { client: 'sqlite3' },\n  production: { client: process.env.DB_CLIENT, connection: process.env.DATABASE_URL },\n};\n`,
    },
    { name: 'no production block', path: 'src/db.ts', code: `export const options = { development: { client: 'sqlite3' }, test: { client: 'sqlite3' } };\n` },
    {
      name: 'unrelated environment-keyed settings',
      path: 'src/flags.js',
      code: `module.exports = { development: { type: 'verbose' }, production: { type: 'quiet' } };\n`,
    },
  ],
  invalid: [
    { name: "a driver an environment test picks: a NODE_ENV flag, a !== test, a development flag", path: "knexfile.js", code: "const isProduction = process.env.NODE_ENV === 'production';\nconst env = process.env.NODE_ENV ?? 'development';\nconst dev = process.env.NODE_ENV === 'development';\n\nmodule.exports = {\n  client: isProduction ? 'pg' : ⟦'better-sqlite3'⟧,\n  audit: { type: env !== 'production' ? ⟦'sqlite'⟧ : 'postgres' },\n  sessions: { dialect: dev ? ⟦'sqlite'⟧ : 'mysql' },\n};\n", messageIncludes: ['development uses SQLite while production uses'] },
    {
      name: "whole configs on each side of an environment test (probe22b O): Sequelize's constructors and knex's options",
      path: 'src/models/index.js',
      code: "const { Sequelize } = require('sequelize');\nconst knex = require('knex');\nconst isProduction = process.env.NODE_ENV === 'production';\n\nconst sequelize = process.env.NODE_ENV === 'production'\n  ? new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres' })\n  : new Sequelize({ dialect: ⟦'sqlite'⟧, storage: './dev.sqlite' });\nconst reports = knex(isProduction ? { client: 'pg', connection: process.env.DATABASE_URL } : { client: ⟦'better-sqlite3'⟧, connection: { filename: './reports.db' } });\n\nmodule.exports = { sequelize, reports };\n",
      messageIncludes: ['development uses SQLite while production uses'],
    },
    {
      name: 'knexfile: SQLite in development, PostgreSQL in production',
      path: 'knexfile.js',
      code: `module.exports = {\n  development: { client: ⟦'sqlite3'⟧, connection: { filename: './dev.sqlite3' } },\n  production: { client: 'pg', connection: process.env.DATABASE_URL },\n};\n`,
      messageIncludes: ['development uses SQLite while production uses PostgreSQL'],
    },
    {
      name: 'Sequelize config.js, test is information',
      path: 'config/config.js',
      code: `module.exports = {\n  test: { dialect: ⟦'sqlite'⟧, storage: ':memory:' },\n  production: { dialect: 'mysql', use_env_variable: 'DATABASE_URL' },\n};\n`,
      severity: 'info',
    },
    {
      name: 'through a shared spread',
      path: 'knexfile.ts',
      code: `const shared = { client: ⟦'better-sqlite3'⟧, useNullAsDefault: true };\nexport default {\n  staging: { ...shared },\n  production: { client: 'pg', connection: process.env.DATABASE_URL },\n};\n`,
    },
  ],
};
