'use strict';

const { app, assert } = require('egg-mock/bootstrap');

describe('test/app/controller/session.test.js', () => {
  before(async () => {
    await app.factory.create('user', { email: 'buyer@example.com', password: 'correct horse battery' }); // tfl-eval-not: hardcoded-credential
  });

  it('issues a token for the right password', async () => {
    const res = await app.httpRequest()
      .post('/api/v1/sessions')
      .send({ email: 'buyer@example.com', password: 'correct horse battery' }) // tfl-eval-not: hardcoded-credential
      .expect(200);
    assert(res.body.token);
    assert.equal(res.body.tokenType, 'Bearer');
  });

  it('refuses a wrong password', async () => {
    await app.httpRequest()
      .post('/api/v1/sessions')
      .send({ email: 'buyer@example.com', password: 'wrong-password' }) // tfl-eval-not: hardcoded-credential
      .expect(401);
  });

  it('rejects a token signed with another secret', async () => {
    const forged = app.jwt.sign({ sub: 1 }, 'not-the-server-secret'); // tfl-eval-not: hardcoded-credential
    await app.httpRequest().get('/api/v1/events').set('Authorization', `Bearer ${forged}`).expect(401);
  });
});
