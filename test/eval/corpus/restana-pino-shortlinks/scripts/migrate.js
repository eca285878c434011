'use strict'

const knex = require('../src/lib/db')

knex.migrate.latest() // tfl-eval-not: startup-migration
  .then(([batch, files]) => console.log(`batch ${batch}: ${files.length} migrations`))
  .finally(() => knex.destroy())
