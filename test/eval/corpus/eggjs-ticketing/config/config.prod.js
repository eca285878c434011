'use strict';

module.exports = () => ({
  logger: {
    // Containers: everything to stdout, the collector ships it.
    disableConsoleAfterReady: false,
    level: 'INFO',
    consoleLevel: 'INFO',
  },
  sequelize: {
    pool: { max: 20, min: 2, idle: 10000 },
    logging: false,
  },
  onerror: { accepts: () => 'json' },
  alipay: {
    appId: '2021004119638271',
    gateway: 'https://openapi.alipay.com/gateway.do',
    privateKey: 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7m1TN3w6xQ+8yKqf0WcX5Lh2rZ9T4pPnMvE7gJbD6sY1uKoA', // tfl-eval: hardcoded-credential
    alipayPublicKey: 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAs4x9Qm2Vt8pL6rYcN3eK1wZfB7uH0jTdG5aXoRiP2lSvE', // tfl-eval-not: hardcoded-credential
  },
});
