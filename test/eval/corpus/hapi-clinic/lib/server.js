'use strict';

const Hapi = require('@hapi/hapi');
const Cookie = require('@hapi/cookie');

const init = async () => {
  const server = Hapi.server({ port: process.env.PORT || 3000, host: '0.0.0.0' });
  await server.register(Cookie);
  server.auth.strategy('session', 'cookie', {
    cookie: {
      name: 'clinic-sid',
      password: '9kM95Xo37bB1XZdGkxcH9TCA49d1ttaMCsWeeJHA', // tfl-eval: hardcoded-credential
      isSecure: true,
    },
    redirectTo: '/login',
  });
  server.auth.default('session');
  await server.register(require('./plugins/appointments'));
  await server.start();
  process.on('SIGTERM', async () => {
    await server.stop({ timeout: 10000 });
    process.exit(0);
  });
};

init();
