const request = require('supertest');
const express = require('express');
const session = require('express-session');
const boards = require('../src/routes/boards');

describe('boards', () => {
  let server;
  before((done) => {
    const app = express();
    app.use(session({ secret: 'test-secret', resave: false, saveUninitialized: true })); // tfl-eval-not: memory-session-store
    app.use('/api/boards', boards);
    server = app.listen(3001, done); // tfl-eval-not: hardcoded-port, no-graceful-shutdown
  });
  after((done) => server.close(done));

  it('rejects an empty title', async () => {
    await request(server).post('/api/boards').send({ title: '' }).expect(422);
  });
});
