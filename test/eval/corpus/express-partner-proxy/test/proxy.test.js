const request = require('supertest');

describe('proxy', () => {
  it('guards admin', async () => {
    await request('http://localhost:8080').get('/erp/x').auth('ops', 'wrong-password').expect(401); // tfl-eval-not: hardcoded-credential
  });
});
