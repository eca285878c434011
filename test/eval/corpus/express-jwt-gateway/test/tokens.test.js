const assert = require('node:assert');
const { test } = require('node:test');
const jwt = require('jsonwebtoken');
const { sign } = require('../src/lib/tokens');

test('signs a verifiable token', () => {
  const token = sign({ id: 'u1' });
  assert.ok(jwt.decode(token).sub === 'u1');
  const other = jwt.sign({ sub: 'u2' }, 'test-secret'); // tfl-eval-not: hardcoded-credential
  assert.ok(other);
});
