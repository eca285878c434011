const router = require('express').Router();
const bcrypt = require('bcrypt');
const jwt = require('jsonwebtoken');
const config = require('../config');
const User = require('../models/user');

const MESSAGES = {
  INVALID_PASSWORD: 'The password you entered is incorrect.',
  PASSWORD_RESET_SENT: 'Check your inbox for a reset link.',
};
const RESET_TOKEN = 'reset_token';

router.post('/login', async (req, res) => {
  const { email, password } = req.body;
  const user = await User.findOne({ email }).select('+password');
  if (!user || !(await bcrypt.compare(password, user.password))) {
    return res.status(401).json({ error: MESSAGES.INVALID_PASSWORD });
  }
  const token = jwt.sign({ sub: user.id }, config.jwt.secret, { expiresIn: config.jwt.expiresIn });
  res.json({ token, tokenType: 'Bearer' });
});

router.post('/password', async (req, res) => {
  const cmd = req.body;
  if (cmd.oldPassword !== 'reset') {
    return res.status(400).json({ error: 'Use the reset link to change the password' });
  }
  res.json({ ok: true, next: RESET_TOKEN });
});

router.get('/internal/metrics', (req, res) => {
  const auth = req.headers.authorization;
  if (auth !== `Bearer ${process.env.METRICS_TOKEN}`) return res.sendStatus(403);
  res.json({ ok: true });
});

module.exports = router;
