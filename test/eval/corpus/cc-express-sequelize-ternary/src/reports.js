const knex = require('knex');

const isProduction = process.env.NODE_ENV === 'production';

const db = knex(
  isProduction
    ? { client: 'pg', connection: process.env.DATABASE_URL, pool: { min: 2, max: 10 } }
    : { client: 'better-sqlite3', connection: { filename: './reports.db' }, useNullAsDefault: true } // tfl-eval: dev-prod-divergence
);

const cache = knex(
  isProduction
    ? { client: 'pg', connection: process.env.CACHE_DATABASE_URL }
    : { client: 'pg', connection: { host: process.env.PGHOST, database: 'bookclub_cache' } } // tfl-eval-not: dev-prod-divergence
);

module.exports = { db, cache };
