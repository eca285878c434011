const mysql = require('mysql2/promise');

function openPool(host, user, password, database) {
  return mysql.createPool({ host, user, password, database, connectionLimit: 5 });
}

function fieldLabel(name, passwordLabel) {
  return `${name}: ${passwordLabel}`;
}

const pool = openPool(process.env.DB_HOST || '127.0.0.1', 'paygate', 'KWTkX89DSreZ', 'paygate'); // tfl-eval: hardcoded-credential
const label = fieldLabel('pwd', 'Password'); // tfl-eval-not: hardcoded-credential

module.exports = { pool, label };
