const request = require('supertest');
const app = require('../src/server');

test('health', async () => {
  const res = await request(app).get('/healthz');
  expect(res.status).toBe(200);
});
