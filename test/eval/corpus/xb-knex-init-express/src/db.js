const knex = require('knex');
const config = require('../knexfile');

const db = knex(config);

async function init() {
  await db.raw('select 1');
  await db.migrate.latest();
}

async function close() {
  await db.destroy();
}

module.exports = { db, init, close };
