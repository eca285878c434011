'use strict';
const express = require('express');
const session = require('express-session');
const MemoryStore = require('memorystore')(session);
const { Client } = require('pg');
const { makePostgrator } = require('./db/migrations');
const items = require('./routes/items');

async function start() {
  const client = new Client(); // PG* variables from the environment
  await client.connect();
  await makePostgrator(client).migrate(); // tfl-eval: startup-migration

  const app = express();
  app.use(express.json());
  app.use(session({
    secret: process.env.SESSION_SECRET, // tfl-eval-not: hardcoded-credential
    resave: false,
    saveUninitialized: false,
    store: new MemoryStore({ checkPeriod: 86400000 }), // tfl-eval: memory-session-store
  }));
  app.use('/items', items(client));
  const server = app.listen(process.env.PORT);
  process.on('SIGTERM', () => server.close(() => client.end()));
}

start().catch((err) => {
  console.error(err);
  process.exit(1);
});
