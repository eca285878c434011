const knex = require('knex');
const config = require('./config');

const db = knex({
  client: 'pg',
  connection: { host: config.dbHost, database: 'shortlinks', user: process.env.DB_USER, password: process.env.DB_PASSWORD },
});

async function runMigrations() {
  return db.migrate.latest({ directory: `${__dirname}/../migrations` });
}

module.exports = { db, runMigrations };
