const config = require('../config/config');

test('test db falls back to the local password', () => {
  const cfg = { ...config.test, password: 'shopapp_test_password' };
  expect(cfg.password).toBe('shopapp_test_password');
});
