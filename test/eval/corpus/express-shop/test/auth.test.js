const request = require('supertest');
const app = require('../src/app');

const TEST_USER = { email: 'jane@shop.test', password: 'Jane-Pass-2024' };
const adminPassword = 'admin123';

describe('POST /auth/login', () => {
  it('rejects a wrong password', async () => {
    const res = await request(app).post('/auth/login').send({ ...TEST_USER, password: 'wrong-one' });
    expect(res.status).toBe(401);
  });

  it('rejects an invalid bearer token', async () => {
    const res = await request(app).get('/auth/internal/metrics').set('Authorization', 'Bearer InvalidAuthToken');
    expect(res.status).toBe(403);
  });

  it('uses the CI token for the deploy hook', () => {
    const token = 'ghp_Z9pL2mQx7RtY4vB8nK3wE6sD1fG5hJ0aUcWi'; // tfl-eval: hardcoded-credential
    expect(token).toHaveLength(40);
  });
});
