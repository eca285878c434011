import assert from 'node:assert';
import jwt from 'jsonwebtoken';

describe('auth middleware', () => {
  it('accepts a token signed with the test key', () => {
    const token = jwt.sign({ id: 'u1' }, 'test'); // tfl-eval-not: hardcoded-credential
    assert.ok(jwt.verify(token, 'test')); // tfl-eval-not: hardcoded-credential
  });
});
