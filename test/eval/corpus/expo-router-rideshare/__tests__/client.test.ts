import { withSession, api } from '../src/api/client';

test('withSession sets a bearer header', () => {
  withSession('test-token-123'); // tfl-eval-not: hardcoded-credential
  expect(api.defaults.headers.common.Authorization).toBe('Bearer test-token-123');
});
