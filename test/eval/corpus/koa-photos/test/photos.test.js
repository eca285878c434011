const request = require('supertest');
const { sequelize } = require('../src/db');

before(() => sequelize.sync({ force: true }));

describe('photos', () => {
  it('is healthy', () => request('http://localhost:3000').get('/health').expect(200));
});
