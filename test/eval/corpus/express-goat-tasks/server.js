'use strict';

const express = require('express');
const session = require('express-session');
const bodyParser = require('body-parser');
const { MongoClient } = require('mongodb');
const config = require('./config/config');
const SessionHandler = require('./app/routes/session');

MongoClient.connect(config.db).then((client) => {
  const app = express();
  app.use(bodyParser.urlencoded({ extended: false }));
  app.use(session({ secret: config.cookieSecret, saveUninitialized: true, resave: true })); // tfl-eval: memory-session-store
  const sessions = new SessionHandler(client.db());
  app.post('/login', sessions.handleLoginRequest);
  app.listen(config.port, () => console.log(`Express http server listening on port ${config.port}`)); // tfl-eval: no-graceful-shutdown
});
