const jwt = require('jsonwebtoken');

const TOKEN_KEY = 'board_session_token'; // tfl-eval-not: hardcoded-credential
const REFRESH_TOKEN_KEY = 'board-refresh-token'; // tfl-eval-not: hardcoded-credential
const API_KEY_HEADER = 'x-board-api-key'; // tfl-eval-not: hardcoded-credential
const JWT_SECRET = 'ec1kqXhbHoB8oDJocLXFgBqXMBr_Z0T_'; // tfl-eval: hardcoded-credential

function login(req, res) {
  const token = jwt.sign({ sub: req.body.user }, JWT_SECRET, { expiresIn: '1h' });
  res.cookie(TOKEN_KEY, token, { httpOnly: true, sameSite: 'lax' });
  res.cookie(REFRESH_TOKEN_KEY, token, { httpOnly: true, path: '/refresh' });
  res.json({ ok: true });
}

function requireUser(req, res, next) {
  const token = req.cookies[TOKEN_KEY] || req.get(API_KEY_HEADER);
  if (!token) return res.status(401).end();
  req.user = jwt.verify(token, JWT_SECRET);
  next();
}

function logout(req, res) {
  res.clearCookie(TOKEN_KEY);
  res.clearCookie(REFRESH_TOKEN_KEY);
  res.status(204).end();
}

module.exports = { login, requireUser, logout };
