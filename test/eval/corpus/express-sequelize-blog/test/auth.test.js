const request = require('supertest');
const jwt = require('jsonwebtoken');
const app = require('../src/app');

describe('auth', () => {
  const token = jwt.sign({ sub: 1 }, 'test-secret-123'); // tfl-eval-not: hardcoded-credential

  it('rejects a wrong password', async () => {
    const res = await request(app).post('/login').send({ email: 'a@b.c', password: 'not-the-password' }); // tfl-eval-not: hardcoded-credential
    expect(res.status).toBe(401);
  });

  it('accepts a token', async () => {
    const res = await request(app).get('/me').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
  });
});
