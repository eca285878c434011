const request = require('supertest');
const { MongoMemoryServer } = require('mongodb-memory-server');

describe('GET /login', () => {
  let mongo;
  before(async () => {
    mongo = await MongoMemoryServer.create();
    process.env.MONGODB_URI = mongo.getUri();
    process.env.SESSION_SECRET = 'test-session-secret'; // tfl-eval-not: hardcoded-credential
  });
  after(async () => mongo.stop());

  it('should return 200 OK', () => request(require('../app')).get('/login').expect(200));
  it('rejects a wrong password', () => request(require('../app')).post('/login').send({ email: 'a@b.co', password: 'wrongpassword' }).expect(302)); // tfl-eval-not: hardcoded-credential
});
