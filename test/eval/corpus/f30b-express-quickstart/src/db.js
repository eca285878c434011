const { Pool } = require('pg');
const mysql = require('mysql2/promise');

const pool = new Pool({
  host: process.env.PGHOST || 'localhost',
  port: 55000,
  user: 'postgres',
  password: 'postgrespw', // tfl-eval-not: hardcoded-credential
  database: 'postgres',
});

const legacy = mysql.createPool({
  host: '127.0.0.1', // tfl-eval: hardcoded-backing-service
  user: 'root',
  password: 'my-secret-pw', // tfl-eval-not: hardcoded-credential
  database: 'legacy',
});

const billing = new Pool({
  host: 'billing-db.internal.example.net',
  user: 'billing',
  password: 'hy-FuHJQ0BfmU2CWr8hW-BgG', // tfl-eval: hardcoded-credential
  database: 'billing',
});

module.exports = { pool, legacy, billing };
