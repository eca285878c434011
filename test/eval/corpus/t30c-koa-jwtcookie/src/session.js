const jwt = require('jsonwebtoken');

const JWT_KEY = 'notes_jwt_key'; // tfl-eval-not: hardcoded-credential
const SESSION_TOKEN = 'notes-session-token'; // tfl-eval-not: hardcoded-credential

async function login(ctx) {
  const token = jwt.sign({ sub: ctx.request.body.user }, process.env.JWT_SECRET, { expiresIn: '2h' });
  ctx.cookies.set(JWT_KEY, token, { httpOnly: true });
  ctx.body = { ok: true };
}

async function me(ctx) {
  const token = ctx.cookies.get(JWT_KEY) || ctx.get(SESSION_TOKEN);
  ctx.assert(token, 401);
  ctx.body = jwt.verify(token, process.env.JWT_SECRET);
}

function rememberInBrowser(token) {
  localStorage.setItem(SESSION_TOKEN, token);
}

module.exports = { login, me, rememberInBrowser };
