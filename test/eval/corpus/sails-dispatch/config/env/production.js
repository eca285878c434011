/**
 * Production environment settings
 */
module.exports = {
  datastores: {
    default: {
      ssl: { rejectUnauthorized: true },
    },
  },

  session: {
    secret: 'e2c47896492dbfa7f622446caa00cc0a', // tfl-eval: hardcoded-credential
    adapter: '@sailshq/connect-redis',
    url: 'redis://:gFZh43RJsdtdhRBFkPbacFnl@cache.internal:6379/0', // tfl-eval: hardcoded-credential, hardcoded-backing-service
    cookie: { secure: true, maxAge: 24 * 60 * 60 * 1000 },
  },

  sockets: {
    onlyAllowOrigins: ['https://dispatch.example.com'],
    adapter: '@sailshq/socket.io-redis',
    password: 'wJIQsC1vAn78pejtixXqNYeN', // tfl-eval: hardcoded-credential
  },

  log: { level: 'debug' },

  custom: {
    baseUrl: 'https://dispatch.example.com',
    internalEmailAddress: 'ops@dispatch.example.com',
  },
};
