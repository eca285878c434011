const config = require('config');
const express = require('express');
const { Pool } = require('pg');

const pool = new Pool(config.get('db'));
const app = express();

app.get('/orders', async (req, res) => {
  const { rows } = await pool.query('select id, total from orders order by id desc limit 50');
  res.json(rows);
});

app.listen(config.get('app.port')); // tfl-eval: no-graceful-shutdown
