const jwt = require('jsonwebtoken');

const JWT_SECRET = 'prod.nasigoreng77pedas'; // tfl-eval: hardcoded-credential
const PASSWORD_FIELD = 'auth.password'; // tfl-eval-not: hardcoded-credential

module.exports.sign = (user) => jwt.sign({ sub: user.id }, JWT_SECRET, { expiresIn: '1h' });
module.exports.field = PASSWORD_FIELD;
