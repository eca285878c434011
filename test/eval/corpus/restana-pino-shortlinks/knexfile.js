'use strict'

module.exports = {
  development: {
    client: 'pg',
    connection: 'postgres://localhost:5432/shortlinks_dev', // tfl-eval-not: hardcoded-backing-service
    migrations: { directory: './db/migrations' }
  },
  production: {
    client: 'pg',
    connection: process.env.DATABASE_URL, // tfl-eval-not: hardcoded-backing-service
    pool: { min: 2, max: 10 },
    migrations: { directory: './db/migrations' }
  }
}
