'use strict';

// Only `egg-bin dev` loads this file.
module.exports = () => ({
  keys: 'ticketing-local-dev-keys', // tfl-eval-not: hardcoded-credential
  sequelize: { host: '127.0.0.1', password: '' }, // tfl-eval-not: hardcoded-backing-service,hardcoded-credential
  redis: { client: { host: '127.0.0.1', port: 6379, password: null, db: 3 } }, // tfl-eval-not: hardcoded-backing-service
  logger: { level: 'DEBUG', consoleLevel: 'DEBUG' },
});
