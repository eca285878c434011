const router = require('express').Router();
const jwt = require('jsonwebtoken');
const User = require('../models/User');
const config = require('../config');

router.post('/login', async (req, res) => {
  // Deliberately vulnerable: the body goes straight into the query.
  const user = await User.findOne({ username: req.body.username, password: req.body.password });
  if (!user) return res.status(401).json({ error: 'Invalid username or password' });
  return res.json({ token: jwt.sign({ id: user.id, admin: user.isAdmin }, config.jwtSecret) });
});

module.exports = router;
