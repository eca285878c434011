const test = require('node:test');
const assert = require('node:assert');
test('reads the url from the environment', () => {
  process.env.AMQP_URL = 'amqp://guest:guest@localhost:5672';
  assert.ok(process.env.AMQP_URL.startsWith('amqp://'));
});
