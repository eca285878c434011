const jwt = require('jsonwebtoken');
const crypto = require('crypto');

function issueToken(user) {
  return jwt.sign({ sub: user.id, role: user.role }, 'rcUIIURfEwcz1FPtaozZQdZT6CPn9Eat', { expiresIn: '1h' }); // tfl-eval: hardcoded-credential
}

function verifyToken(token) {
  return jwt.verify(token, process.env.JWT_SECRET); // tfl-eval-not: hardcoded-credential
}

function signWebhook(body) {
  return crypto.createHmac('sha256', 'eff98ebe317f0ce5ffed4fa789e25d04d680297460f827273f897ffedcafb012').update(body).digest('hex'); // tfl-eval: hardcoded-credential
}

function hashPassword(password, salt) {
  return crypto.pbkdf2Sync(password, salt, 310000, 32, 'sha256').toString('hex'); // tfl-eval-not: hardcoded-credential
}

module.exports = { issueToken, verifyToken, signWebhook, hashPassword };
