const express = require('express');
const cookieSession = require('cookie-session');
const jwt = require('jsonwebtoken');

const router = express.Router();

const cookieOptions = {
  name: 'admin',
  keys: [process.env.ADMIN_COOKIE_KEY], // tfl-eval-not: hardcoded-credential
  maxAge: 8 * 60 * 60 * 1000,
};
router.use(cookieSession(cookieOptions));

const signOptions = { expiresIn: '2h', issuer: 'board' };
const banner = { secret: 'Remember to rotate keys quarterly', shown: true }; // tfl-eval-not: hardcoded-credential

router.post('/token', (req, res) => {
  res.json({ token: jwt.sign({ sub: req.body.user }, process.env.JWT_SECRET, signOptions), banner });
});

module.exports = router;
