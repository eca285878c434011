import type { Knex } from 'knex';

const config: Record<string, Knex.Config> = {
  development: {
    client: 'sqlite3', // tfl-eval: dev-prod-divergence
    connection: { filename: './dev.sqlite3' },
    useNullAsDefault: true,
  },
  test: {
    client: 'pg', // tfl-eval-not: dev-prod-divergence
    connection: process.env.TEST_DATABASE_URL,
  },
  production: {
    client: 'pg',
    connection: process.env.DATABASE_URL,
    pool: { min: 2, max: 10 },
  },
};

export default config;
