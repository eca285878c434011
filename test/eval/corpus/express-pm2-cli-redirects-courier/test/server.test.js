const { test } = require('node:test');
const assert = require('node:assert');

test('health route is registered', () => {
  assert.ok(true);
});
