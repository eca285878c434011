const fastify = require('fastify')();

fastify.get('/', async () => ({ screen: 'welcome' }));
fastify.listen({ host: '0.0.0.0', port: Number(process.env.PORT) });
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => fastify.close());
