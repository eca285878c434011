const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { redis } = require('./redis');

const app = express();
app.use(
  session({
    store: new RedisStore({ client: redis }),
    name: 'shopapp_session',
    secret: 'shopapp_secret', // tfl-eval: hardcoded-credential
    resave: false,
    saveUninitialized: false,
  }),
);

const FORM = { passwordField: 'shopapp_password', usernameField: 'email' };

app.get('/healthz', (_req, res) => res.json({ ok: true, form: FORM.usernameField }));

module.exports = app;
