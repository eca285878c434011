const jsforce = require('jsforce');

// The integration user; its security token is appended to the password, as the SOAP login wants.
async function connect() {
  const conn = new jsforce.Connection({ loginUrl: 'https://login.salesforce.com', version: '58.0' });
  await conn.login('integration@acme-outdoor.example', '3buXj8BSyT2pbC9dCvLt' + '8FHjGPxSfOplEMZa30ixGbV3H'); // tfl-eval: hardcoded-credential
  return conn;
}

async function connectSandbox() {
  const conn = new jsforce.Connection({ loginUrl: 'https://test.salesforce.com' });
  await conn.login(process.env.SF_SANDBOX_USERNAME, process.env.SF_SANDBOX_PASSWORD + process.env.SF_SANDBOX_TOKEN); // tfl-eval-not: hardcoded-credential
  return conn;
}

module.exports = { connect, connectSandbox };
