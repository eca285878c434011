const test = require('node:test');
const assert = require('node:assert');
const nodemailer = require('nodemailer');

test('stream transport renders the digest', async () => {
  const transport = nodemailer.createTransport({ streamTransport: true, auth: { user: 'tester', pass: 'test-pass' } }); // tfl-eval-not: hardcoded-credential
  const info = await transport.sendMail({ from: 'a@test', to: 'b@test', text: 'hi' });
  assert.ok(info.messageId);
});
