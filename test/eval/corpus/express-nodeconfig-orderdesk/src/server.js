const config = require('config');
const express = require('express');
const Redis = require('ioredis');
const db = require('./db');

const app = express();
const redis = new Redis(config.get('redis'));

app.get('/orders/:id', async (req, res) => {
  const cached = await redis.get(`order:${req.params.id}`);
  if (cached) return res.type('json').send(cached);
  const { rows } = await db.query('SELECT * FROM orders WHERE id = $1', [req.params.id]);
  if (!rows[0]) return res.sendStatus(404);
  await redis.set(`order:${req.params.id}`, JSON.stringify(rows[0]), 'EX', 60);
  res.json(rows[0]);
});

const server = app.listen(config.get('server.port'), config.get('server.host'));

process.on('SIGTERM', () => {
  server.close(() => Promise.all([db.pool.end(), redis.quit()]).then(() => process.exit(0)));
});
