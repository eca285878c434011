import test from 'node:test';
import assert from 'node:assert';
import superagent from 'superagent';

test('auth header', () => {
  const req = superagent.get('http://localhost/x').auth('user', 'password'); // tfl-eval-not: hardcoded-credential
  assert.ok(req);
});
