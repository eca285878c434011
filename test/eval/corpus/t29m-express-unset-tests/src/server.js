const express = require('express');
const { pool } = require('./db');

const app = express();
app.get('/health', async (_req, res) => {
  await pool.query('select 1');
  res.json({ ok: true });
});
app.listen(process.env.PORT); // tfl-eval: no-graceful-shutdown
