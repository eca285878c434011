'use strict';

const Hapi = require('@hapi/hapi');
const CatboxRedis = require('@hapi/catbox-redis');

const init = async () => {
  const server = Hapi.server({
    port: process.env.PORT,
    host: '0.0.0.0',
    cache: [
      {
        name: 'redis-sessions',
        provider: { constructor: CatboxRedis.Engine, options: { url: process.env.REDIS_URL, partition: 'signups' } },
      },
    ],
  });
  await server.register([require('./plugins/wizard-session'), require('./plugins/flash-session'), require('./plugins/cart-session')]);
  server.route({ method: 'GET', path: '/healthz', handler: () => 'ok' });
  await server.start();
  const stop = async () => {
    await server.stop({ timeout: 10000 });
    process.exit(0);
  };
  process.on('SIGTERM', stop);
};

init();
