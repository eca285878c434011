const express = require('express');
const jwt = require('jsonwebtoken');
const config = require('./config');

const app = express();
app.set('superSecret', 'secret'); // tfl-eval: hardcoded-credential
app.set('view engine', 'ejs'); // tfl-eval-not: hardcoded-credential
app.set('secretHeader', config.secretHeader);

app.post('/authenticate', (req, res) => {
  const token = jwt.sign({ user: req.body.name }, app.get('superSecret'), { expiresIn: 1440 });
  res.json({ token });
});

module.exports = app;
