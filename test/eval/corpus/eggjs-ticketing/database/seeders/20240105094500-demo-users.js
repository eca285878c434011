'use strict';

const crypto = require('crypto');

function hash(password, salt) {
  return crypto.pbkdf2Sync(password, salt, 210000, 64, 'sha512').toString('hex');
}

module.exports = {
  async up(queryInterface) {
    const salt = 'c0ffee00c0ffee00c0ffee00c0ffee00';
    await queryInterface.bulkInsert('users', [
      { email: 'organizer@demo.test', password_hash: hash('demo-organizer', salt), salt, role: 'organizer', created_at: new Date(), updated_at: new Date() }, // tfl-eval-not: hardcoded-credential
      { email: 'admin@demo.test', password_hash: hash('demo-admin', salt), salt, role: 'admin', created_at: new Date(), updated_at: new Date() }, // tfl-eval-not: hardcoded-credential
    ]);
  },
  async down(queryInterface) {
    await queryInterface.bulkDelete('users', { email: ['organizer@demo.test', 'admin@demo.test'] });
  },
};
