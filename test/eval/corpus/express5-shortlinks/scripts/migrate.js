// Release step: npm run migrate
const { db, runMigrations } = require('../src/db');

runMigrations() // tfl-eval-not: startup-migration
  .then(() => db.destroy());
