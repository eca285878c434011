import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import pino from 'pino';

const logger = pino(pino.destination({ dest: './logs/events.log', sync: false })); // tfl-eval: file-logger
const app = Fastify({ logger: { level: 'info' } }); // tfl-eval-not: file-logger

app.register(fastifyCookie);
app.register(fastifySession, { secret: process.env.SESSION_SECRET!, cookie: { secure: true } }); // tfl-eval: memory-session-store

app.get('/events', async () => {
  logger.info('listing events');
  return [];
});

const close = async () => {
  await app.close();
  process.exit(0);
};
process.on('SIGTERM', close);

app.listen({ port: Number(process.env.PORT), host: '0.0.0.0' });
