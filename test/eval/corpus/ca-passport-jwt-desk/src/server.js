const express = require('express');
const config = require('config');
const jwt = require('jsonwebtoken');
const passport = require('./auth/strategy');
const { issue } = require('./auth/tokens');
const env = require('./config/env');

const app = express();
app.use(passport.initialize());

app.post('/login', (req, res) => {
  res.json({ token: issue({ id: 1, role: 'agent' }) });
});

app.get('/tickets', passport.authenticate('jwt', { session: false }), (req, res) => {
  const audit = jwt.sign({ sub: req.user.id }, config.get('jwt.secret'));
  res.json({ audit });
});

const server = app.listen(env.PORT);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
