const test = require('node:test');
const assert = require('node:assert');

test('connect options carry a test login', () => {
  const options = { host: 'localhost', username: 'test', password: 'test-password-1' }; // tfl-eval-not: hardcoded-credential
  assert.equal(options.host, 'localhost');
});
