'use strict';

const { app, assert } = require('egg-mock/bootstrap');

describe('test/app/service/user.test.js', () => {
  it('creates a user and signs a token', async () => {
    const ctx = app.mockContext();
    const user = await ctx.service.user.create('alice', 'Alice#2019pw'); // tfl-eval-not: hardcoded-credential
    assert(user.id);
    const token = await ctx.service.user.sign(user);
    assert(token.split('.').length === 3);
  });

  it('rejects a wrong password', async () => {
    app.mockService('user', 'find', { id: 1, passwordHash: '$2b$10$/Il1Fon9Ie6Ce5ztfu3wTUqPzAK03XoXQET390HMxzt3UREkgROUM' }); // tfl-eval-not: hardcoded-credential
    const res = await app.httpRequest().post('/api/login').send({ username: 'alice', password: 'wrong-pass' }); // tfl-eval-not: hardcoded-credential
    assert(res.status === 401);
  });
});
