const ftp = require('basic-ftp');
const sql = require('mssql');
const nano = require('nano');
const vault = require('node-vault');

async function uploadBadgeExport(file) {
  const client = new ftp.Client();
  await client.access({ host: 'ftp.badges.example', user: 'corp', password: '3Nlp7ojIqOT6SAfS', secure: true }); // tfl-eval: hardcoded-credential
  await client.uploadFrom(file, 'incoming/export.csv');
  client.close();
}

const payroll = sql.connect({
  server: 'payroll-sql.corp.example',
  user: 'provisioner',
  password: 'bb9bf06c290c00144e34133fe5084b53', // tfl-eval: hardcoded-credential
  database: 'Payroll',
  options: { encrypt: true },
});

const couch = nano('https://provisioner:8f6c786d7d7d213f7f01b3177dfa61a1@couch.corp.example:6984'); // tfl-eval: hardcoded-credential

const secrets = vault({ apiVersion: 'v1', endpoint: process.env.VAULT_ADDR, token: process.env.VAULT_TOKEN }); // tfl-eval-not: hardcoded-credential

module.exports = { uploadBadgeExport, payroll, couch, secrets };
