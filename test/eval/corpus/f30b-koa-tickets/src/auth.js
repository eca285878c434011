const jwt = require('jsonwebtoken');

const enabled = process.env.JWT === 'true';

function issue(user) {
  return jwt.sign({ sub: user.id }, process.env.JWT_SIGNING, { audience: process.env.JWT_AUDIENCE });
}

module.exports = { enabled, issue };
