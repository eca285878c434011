const test = require('node:test');
const assert = require('node:assert');
const polka = require('polka');
const { handler } = require('../routes/quiz');

const sessions = new Map();

test('submits a quiz', async () => {
  const pool = { query: async () => ({ rows: [] }) };
  const redis = { zadd: async () => 1 };
  const app = polka().use((req, res, next) => { sessions.set(req.headers['x-player-id'], Date.now()); next(); }).use('/quiz', handler({ pool, redis, logger: console }));
  const server = app.listen(0).server;
  assert.ok(server.address().port > 0);
  server.close();
});
