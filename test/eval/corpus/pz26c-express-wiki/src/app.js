const express = require('express');
const session = require('express-session');
const jwt = require('jsonwebtoken');

const app = express();
const SIGNING = process.env.JWT_SECRET || 'change-this-secret-in-prod'; // tfl-eval: hardcoded-credential

app.use(session({ secret: 'session secret', resave: false, saveUninitialized: false })); // tfl-eval: hardcoded-credential, memory-session-store

if (process.env.NODE_ENV !== 'production') {
  app.locals.previewPassword = 'paper-lantern-5'; // tfl-eval-not: hardcoded-credential
}

app.post('/token', (req, res) => {
  res.json({ token: jwt.sign({ sub: req.body.user }, SIGNING) });
});

app.post('/legacy-token', (req, res) => {
  res.json({ token: jwt.sign({ sub: req.body.user }, 'jwt secret') }); // tfl-eval: hardcoded-credential
});

module.exports = app;
