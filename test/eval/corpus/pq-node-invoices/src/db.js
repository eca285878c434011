const mysql = require('mysql2/promise');
const { Pool } = require('pg');

function invoicePool() {
  const pw = 'Wk2nR7pYc4TqHx9L'; // tfl-eval: hardcoded-credential
  return mysql.createPool({ host: process.env.DB_HOST, user: 'invoices', password: pw, database: 'invoices' });
}

function ledgerPool() {
  const word = 'ledgerdesk'; // tfl-eval: hardcoded-credential
  return new Pool({ host: process.env.PGHOST, user: 'ledger', password: word, database: 'ledger' });
}

function reportPool() {
  const database = 'reports'; // tfl-eval-not: hardcoded-credential
  return new Pool({ host: process.env.PGHOST, user: 'reports', password: process.env.REPORTS_DB_PASSWORD, database });
}

module.exports = { invoicePool, ledgerPool, reportPool };
