const ldap = require('ldapjs');

const client = ldap.createClient({ url: ['ldaps://dc01.corp.example:636'] });

function bind() {
  return new Promise((resolve, reject) => {
    client.bind('cn=provisioner,ou=svc,dc=corp,dc=example', '7XLWfhLbo1KiCj67', (err) => (err ? reject(err) : resolve(client))); // tfl-eval: hardcoded-credential
  });
}

module.exports = { bind };
