'use strict';

module.exports = () => ({
  keys: 'unittest-keys', // tfl-eval-not: hardcoded-credential
  jwt: { secret: 'unittest-jwt-secret' }, // tfl-eval-not: hardcoded-credential
  sequelize: { host: '127.0.0.1', database: 'ticketing_unittest', password: '' }, // tfl-eval-not: hardcoded-backing-service
  redis: { client: { host: '127.0.0.1', port: 6379, password: null, db: 15 } }, // tfl-eval-not: hardcoded-backing-service
});
