const test = require('node:test');
const assert = require('node:assert');
const JsonRepo = require('../src/jsonRepo');

test('creates a record', async () => {
  const repo = new JsonRepo('test-carts.json'); // tfl-eval-not: memory-session-store
  await repo.create({ id: 'c1' });
  assert.ok(await repo.findById('c1'));
});
