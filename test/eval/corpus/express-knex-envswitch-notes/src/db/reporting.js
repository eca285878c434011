const knex = require('knex');

// The reporting replica is PostgreSQL everywhere; only the pool differs.
const pool = process.env.NODE_ENV === 'production' ? { min: 2, max: 20 } : { min: 0, max: 2 };

module.exports = knex({
  client: process.env.NODE_ENV !== 'test' ? 'pg' : 'pg', // tfl-eval-not: dev-prod-divergence
  connection: process.env.REPORTING_DATABASE_URL,
  pool,
});
