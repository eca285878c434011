jest.mock('jsforce');
const jsforce = require('jsforce');

test('sandbox login passes the token after the password', async () => {
  const login = jest.fn();
  jsforce.Connection.mockImplementation(() => ({ login }));
  const conn = new jsforce.Connection({});
  await conn.login('tester@example.com', 'test-password' + 'test-token'); // tfl-eval-not: hardcoded-credential
  expect(login).toHaveBeenCalled();
});
