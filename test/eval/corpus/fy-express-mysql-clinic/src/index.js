const express = require('express');
const mysql = require('mysql2/promise');
const config = require('./config');

const app = express();
const pool = mysql.createPool(config.db);

app.get('/pacientes', async (req, res) => {
  const [rows] = await pool.query('SELECT id, nome FROM pacientes');
  res.json(rows);
});

const server = app.listen(process.env.PORT, () => console.log('clinic api up'));
process.on('SIGTERM', () => server.close(() => pool.end()));
