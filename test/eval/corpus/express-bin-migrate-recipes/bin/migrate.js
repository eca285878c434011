#!/usr/bin/env node
const { knex, runMigrations } = require('../src/db');

runMigrations() // tfl-eval-not: startup-migration
  .then(() => knex.destroy())
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
