const ftp = require('basic-ftp');

async function backup() {
  const client = new ftp.Client();
  const user = 'backup';
  const pass = '1234'; // tfl-eval: hardcoded-credential
  await client.access({ host: process.env.FTP_HOST, user, password: pass });
  await client.uploadFrom('dump.sql', 'dump.sql');
  client.close();
}

function result(score) {
  const pass = '50'; // tfl-eval-not: hardcoded-credential
  return score >= Number(pass);
}

module.exports = { backup, result };
