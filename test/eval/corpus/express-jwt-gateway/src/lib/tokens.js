const crypto = require('crypto');
const jwt = require('jsonwebtoken');

const ISSUER = 'gateway.example.com';

function sign(user) {
  return jwt.sign({ sub: user.id, iss: ISSUER }, 'G24PPrLrWeoaLNq8Pq0obAXPa0sY7B3q', { expiresIn: '1h' }); // tfl-eval: hardcoded-credential
}

function signWebhook(body) {
  return crypto.createHmac('sha256', '1gqJNX!5JRF2#giah').update(body).digest('hex'); // tfl-eval: hardcoded-credential
}

function etag(body) {
  return crypto.createHash('sha1').update(body).digest('base64');
}

module.exports = { sign, signWebhook, etag };
