const assert = require('assert');

describe('health', () => {
  it('has a test db password', () => {
    const cfg = { password: 'test-password' };
    assert.ok(cfg.password);
  });
});
