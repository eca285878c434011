const request = require('supertest');
const { app } = require('../src/app');
const { sequelize } = require('../src/models');

beforeAll(async () => {
  await sequelize.sync({ force: true }); // tfl-eval-not: startup-migration
});

test('lists threads', async () => {
  const res = await request(app).get('/threads');
  expect(res.status).toBe(200);
});
