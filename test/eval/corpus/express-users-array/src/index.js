const express = require('express');
const bcrypt = require('bcryptjs');

const ROLES = ['admin', 'editor', 'viewer']; // tfl-eval-not: memory-session-store
const users = []; // tfl-eval: memory-session-store

const app = express();
app.use(express.json());

app.post('/register', async (req, res) => {
  const { username, password } = req.body;
  if (users.find((u) => u.username === username)) return res.status(409).json({ error: 'taken' });
  users.push({ username, hash: await bcrypt.hash(password, 10), role: ROLES[2] });
  res.status(201).json({ username });
});

app.get('/users', (req, res) => {
  res.json(users.map((u) => ({ username: u.username, role: u.role })));
});

app.listen(process.env.PORT); // tfl-eval: no-graceful-shutdown
