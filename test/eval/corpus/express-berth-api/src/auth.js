'use strict';

const jwt = require('jsonwebtoken');

const TOKEN_TTL = '12h';

function issue(user) {
  return jwt.sign({ sub: user.id, role: user.role }, 'secret', { expiresIn: TOKEN_TTL }); // tfl-eval: hardcoded-credential
}

function verify(token) {
  return jwt.verify(token, 'secret'); // tfl-eval: hardcoded-credential
}

function verifyPartner(token) {
  if (!process.env.PARTNER_JWT_SECRET) {
    throw new Error('PARTNER_JWT_SECRET is not set'); // tfl-eval-not: hardcoded-credential
  }
  return jwt.verify(token, process.env.PARTNER_JWT_SECRET);
}

module.exports = { issue, verify, verifyPartner };
