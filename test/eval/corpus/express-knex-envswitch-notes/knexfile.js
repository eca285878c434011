const isProduction = process.env.NODE_ENV === 'production';

module.exports = {
  // tfl-eval-next-line: dev-prod-divergence
  client: isProduction ? 'pg' : 'better-sqlite3',
  connection: isProduction ? process.env.DATABASE_URL : { filename: './dev.sqlite3' },
  useNullAsDefault: !isProduction,
  migrations: { directory: './migrations' },
};
