const express = require('express');
const config = require('config');
const { Pool } = require('pg');

const app = express();
const pool = new Pool(config.get('db'));

app.get('/healthz', async (_req, res) => {
  await pool.query('SELECT 1');
  res.json({ ok: true });
});

app.listen(process.env.PORT || 3000); // tfl-eval: no-graceful-shutdown
