const crypto = require('crypto');
const express = require('express');
const session = require('express-session');
const cookieParser = require('cookie-parser');
const RedisStore = require('connect-redis').default;
const { redis } = require('./redis');

function withSessions(app) {
  app.use(session({ secret: crypto.randomBytes(32).toString('hex'), store: new RedisStore({ client: redis }), resave: false, saveUninitialized: false })); // tfl-eval: per-process-secret
}

function mountCookies(app) {
  app.use(cookieParser(crypto.randomBytes(16).toString('hex'))); // tfl-eval: per-process-secret
}

function rotateSecret(app) {
  // Only the admin route below calls this.
  app.set('secret', crypto.randomBytes(32).toString('hex')); // tfl-eval-not: per-process-secret
}

function legacySessions(app) {
  app.use(session({ secret: crypto.randomBytes(32).toString('hex'), store: new RedisStore({ client: redis }) })); // tfl-eval-not: per-process-secret
}

const app = express();
withSessions(app);
mountCookies(app);

app.post('/admin/rotate', (req, res) => {
  rotateSecret(app);
  res.sendStatus(204);
});

const server = app.listen(process.env.PORT || 3000);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
