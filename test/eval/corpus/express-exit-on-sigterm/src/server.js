const express = require('express');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(express.json());

app.get('/quotes/random', async (_req, res) => {
  const { rows } = await pool.query('SELECT text, author FROM quotes ORDER BY random() LIMIT 1');
  res.json(rows[0]);
});

app.listen(process.env.PORT || 3000, () => console.log('quote-api up')); // tfl-eval: no-graceful-shutdown

// Docker sends SIGTERM on stop; without a handler node (PID 1) would ignore it.
process.on('SIGTERM', () => {
  console.log('SIGTERM received, exiting');
  process.exit(0);
});
