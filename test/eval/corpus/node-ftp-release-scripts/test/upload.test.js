const test = require('node:test');
const assert = require('node:assert');
const ftp = require('basic-ftp');

test('access passes credentials through', async () => {
  const user = 'tester';
  const pass = 'ftp-test-pass'; // tfl-eval-not: hardcoded-credential
  const client = new ftp.Client();
  client.access = async (options) => options;
  assert.deepStrictEqual(await client.access({ host: 'localhost', user, password: pass }), { host: 'localhost', user, password: pass });
});
