const Fastify = require('fastify');
const pino = require('pino');

const fastify = Fastify({
  logger: {
    level: 'info',
    file: '/var/log/analytics/server.log', // tfl-eval: file-logger
  },
});

const auditLogger = pino(pino.destination({ dest: './logs/audit.log', sync: false })); // tfl-eval: file-logger
const requestLogger = pino(pino.destination(1)); // tfl-eval-not: file-logger

fastify.register(require('./plugins/mongo'));
fastify.register(require('@fastify/jwt'), { secret: 'c4a5aaed1835ae9008700582928d8aa310c0cc83651154ae3717a01580d1aa95' }); // tfl-eval: hardcoded-credential
fastify.register(require('@fastify/cookie'), { secret: process.env.COOKIE_SECRET }); // tfl-eval-not: hardcoded-credential

fastify.get('/health', async () => ({ ok: true }));

fastify.listen({ port: Number(process.env.PORT) || 3000, host: '0.0.0.0' }); // tfl-eval: no-graceful-shutdown
module.exports = { auditLogger, requestLogger };
