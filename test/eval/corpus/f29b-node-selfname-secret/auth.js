const jwt = require('jsonwebtoken');

const JWT_SECRET = process.env.JWT_SECRET;

function issue(user) {
  // Signed with the nine letters "JWT_SECRET", not with the variable.
  return jwt.sign({ sub: user.id }, 'JWT_SECRET', { expiresIn: '1h' }); // tfl-eval: hardcoded-credential
}

function verify(token) {
  return jwt.verify(token, JWT_SECRET); // tfl-eval-not: hardcoded-credential
}

module.exports = { issue, verify };
