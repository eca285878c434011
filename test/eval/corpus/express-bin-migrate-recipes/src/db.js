const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });

async function runMigrations() {
  await knex.migrate.latest();
}

module.exports = { knex, runMigrations };
