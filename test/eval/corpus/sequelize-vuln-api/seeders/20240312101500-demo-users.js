'use strict';
const bcrypt = require('bcryptjs');

module.exports = {
  async up(queryInterface) {
    await queryInterface.bulkInsert('Users', [
      { email: 'admin@vulnapi.dev', password: bcrypt.hashSync('vuln-admin-pass', 8), role: 'admin', createdAt: new Date(), updatedAt: new Date() }, // tfl-eval-not: hardcoded-credential
      { email: 'carl@vulnapi.dev', password: 'carl-plaintext-pw', role: 'user', createdAt: new Date(), updatedAt: new Date() }, // tfl-eval-not: hardcoded-credential
    ]);
  },
  async down(queryInterface) {
    await queryInterface.bulkDelete('Users', null, {});
  },
};
