const express = require('express');
const carts = require('./store/cartRepository');
const { findByEmail, createUser } = require('./store/userStore');

const app = express();
app.use(express.json());

app.get('/cart/:userId', async (req, res) => res.json(await carts.findByUser(req.params.userId)));
app.post('/cart/:userId', async (req, res) => res.status(201).json(await carts.addItem(req.params.userId, req.body)));
app.post('/signup', (req, res) => {
  if (findByEmail(req.body.email)) return res.status(409).end();
  createUser({ id: Date.now().toString(36), email: req.body.email, passwordHash: req.body.hash });
  res.status(201).end();
});

app.listen(process.env.PORT || 3000); // tfl-eval: no-graceful-shutdown
