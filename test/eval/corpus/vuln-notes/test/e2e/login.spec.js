const request = require('supertest');
const express = require('express');
const session = require('express-session');

describe('login', () => {
  it('accepts the seeded admin', async () => {
    const app = express();
    app.use(session({ secret: 'keyboard cat' })); // tfl-eval-not: memory-session-store
    const server = app.listen(3456); // tfl-eval-not: hardcoded-port, no-graceful-shutdown
    await request(server).post('/login').send({ username: 'admin', password: 'admin123' });
    server.close();
  });
});
