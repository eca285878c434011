import type { Knex } from 'knex';

const config: { [env: string]: Knex.Config } = {
  development: {
    client: 'better-sqlite3', // tfl-eval: dev-prod-divergence
    connection: { filename: './dev.sqlite3' },
    useNullAsDefault: true,
  },
  staging: {
    client: 'pg',
    connection: process.env.DATABASE_URL,
  },
  production: {
    client: 'pg',
    connection: process.env.DATABASE_URL,
    pool: { min: 2, max: 10 },
  },
};

export default config;
