// Update with your config settings.
module.exports = {
  development: {
    client: 'sqlite3', // tfl-eval: dev-prod-divergence
    connection: { filename: './dev.sqlite3' },
    useNullAsDefault: true,
  },
  production: {
    client: 'postgresql',
    connection: {
      host: 'prices-db.internal', // tfl-eval: hardcoded-backing-service
      database: 'prices',
      user: 'scraper',
      password: 'bBbRbEUEtsrFnurHTVLr', // tfl-eval: hardcoded-credential
    },
    pool: { min: 2, max: 10 },
    migrations: { tableName: 'knex_migrations' },
  },
};
