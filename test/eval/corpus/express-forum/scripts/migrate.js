const knex = require('knex')(require('../knexfile'));

knex.migrate
  .latest() // tfl-eval-not: startup-migration
  .then(() => knex.destroy());
