const jwt = require('jsonwebtoken');

function issue(user) {
  return jwt.sign({ sub: user.id, role: user.role }, 'aaaa', { expiresIn: '1h' }); // tfl-eval: hardcoded-credential
}

function authHeader(token) {
  return { Authorization: 'Bearer ' + token }; // tfl-eval-not: hardcoded-credential
}

function verify(token) {
  return jwt.verify(token, process.env.JWT_SECRET); // tfl-eval-not: hardcoded-credential
}

module.exports = { issue, authHeader, verify };
