const assert = require('assert');
const nconf = require('nconf');

describe('config', () => {
  it('has a billing secret', () => {
    nconf.set('billing:secret', 'test-billing-secret'); // tfl-eval-not: hardcoded-credential
    assert.ok(nconf.get('billing:secret'));
  });
});
