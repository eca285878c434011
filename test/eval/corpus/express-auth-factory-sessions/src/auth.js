'use strict';
const crypto = require('node:crypto');
const bcrypt = require('bcryptjs');

// One auth object per app: the closure keeps the logged-in tokens.
function createAuth({ users }) {
  const sessions = new Map(); // tfl-eval: memory-session-store
  const loginAttempts = new Map(); // tfl-eval-not: memory-session-store

  return {
    async login(req, res) {
      const { username, password } = req.body;
      loginAttempts.set(req.ip, (loginAttempts.get(req.ip) || 0) + 1);
      const user = users.find((u) => u.username === username);
      if (!user || !(await bcrypt.compare(password, user.hash))) {
        return res.status(401).json({ error: 'invalid credentials' });
      }
      const token = crypto.randomBytes(24).toString('hex');
      sessions.set(token, { username, since: Date.now() });
      res.json({ token });
    },
    logout(req, res) {
      sessions.delete(req.get('authorization'));
      res.status(204).end();
    },
    require(req, res, next) {
      const session = sessions.get(req.get('authorization'));
      if (!session) return res.status(401).end();
      req.user = session;
      next();
    },
  };
}

module.exports = { createAuth };
