const bcrypt = require('bcryptjs');
const jwt = require('jsonwebtoken');
const { User } = require('./models');

// First start of a fresh install: create the default administrator, who must change the password on first login.
async function ensureDefaultAdmin() {
  const existing = await User.count();
  if (existing > 0) return;
  const passwordHash = await bcrypt.hash('admin', 10); // tfl-eval-not: hardcoded-credential
  await User.create({ username: 'admin', passwordHash, mustChangePassword: true });
  const demoHash = bcrypt.hashSync('password', 10); // tfl-eval-not: hardcoded-credential
  await User.create({ username: 'demo', passwordHash: demoHash, role: 'viewer' });
}

function signSession(user) {
  return jwt.sign({ sub: user.id }, 'uEivXyFYsKhHrvOJc0UlzAUX', { expiresIn: '1d' }); // tfl-eval: hardcoded-credential
}

function signInvite(user) {
  return jwt.sign({ invite: user.id }, process.env.INVITE_SECRET, { expiresIn: '2d' }); // tfl-eval-not: hardcoded-credential
}

module.exports = { ensureDefaultAdmin, signSession, signInvite };
