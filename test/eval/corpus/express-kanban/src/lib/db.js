const { Pool } = require('pg');

const pool = new Pool({
  connectionString: process.env.DATABASE_URL, // tfl-eval-not: hardcoded-backing-service
  max: Number(process.env.PG_POOL_MAX || 10),
  ssl: process.env.PGSSL === 'off' ? false : { rejectUnauthorized: false },
});

async function query(text, params) {
  const started = Date.now();
  const result = await pool.query(text, params);
  if (Date.now() - started > 500) console.warn('slow query', { ms: Date.now() - started });
  return result;
}

module.exports = { pool, query };
