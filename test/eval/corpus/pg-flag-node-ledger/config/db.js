const { Pool } = require('pg');

const isDev = process.env.NODE_ENV !== 'production';

// Local Postgres from docker-compose for developers; the deployed app reads DATABASE_URL.
const pool = new Pool(
  isDev
    ? { host: 'localhost', port: 5432, user: 'ledger', password: 'ledger', database: 'ledger_dev' } // tfl-eval-not: hardcoded-backing-service, hardcoded-credential
    : { connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } },
);

const mailer = isDev
  ? { host: '127.0.0.1', port: 1025 } // tfl-eval-not: hardcoded-backing-service
  : { host: process.env.SMTP_HOST, port: Number(process.env.SMTP_PORT), auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } };

module.exports = { pool, mailer, isDev };
