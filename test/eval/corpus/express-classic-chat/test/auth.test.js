const request = require('supertest');
const app = require('../app');

process.env.JWT_SECRET = 'testsecret';

describe('auth', () => {
  it('rejects a short password', async () => {
    const res = await request(app).post('/api/auth/register').send({ name: 'A', email: 'a@example.com', password: 'short' });
    expect(res.status).toBe(400);
  });

  it('rejects a bad token', async () => {
    const res = await request(app).get('/api/me').set('x-auth-token', 'not.a.token');
    expect(res.status).toBe(401);
  });
});
