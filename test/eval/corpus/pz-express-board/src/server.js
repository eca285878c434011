const http = require('http');
const express = require('express');
const session = require('express-session');
const MongoStore = require('connect-mongo');
const mongoose = require('mongoose');
const config = require('./config');
const { attachSockets } = require('./realtime/sockets');

const app = express();

const sessionConfig = {
  name: config.sessionName,
  secret: 'Blue whales sing at night', // tfl-eval: hardcoded-credential
  resave: false,
  saveUninitialized: false,
  cookie: { maxAge: 1000 * 60 * 60 * 24 },
  store: MongoStore.create({ mongoUrl: config.mongoUri }),
};

app.use(express.json());
app.use(session(sessionConfig));

const server = http.createServer(app);
attachSockets(server);

mongoose.connect(config.mongoUri).then(() => {
  server.listen(config.port, () => console.log(`board listening on ${config.port}`)); // tfl-eval: no-graceful-shutdown
});
