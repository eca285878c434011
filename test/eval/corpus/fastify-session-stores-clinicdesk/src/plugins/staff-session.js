import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import fp from 'fastify-plugin';
import RedisStore from 'connect-redis';
import Redis from 'ioredis';

// Staff sessions: shared across the three API replicas through Redis.
export default fp(async (app) => {
  const client = new Redis(process.env.REDIS_URL);
  app.register(fastifyCookie);
  app.register(fastifySession, { // tfl-eval-not: memory-session-store
    secret: process.env.STAFF_SESSION_SECRET,
    cookieName: 'staff.sid',
    store: new RedisStore({ client, prefix: 'staff:' }),
    cookie: { secure: true, maxAge: 8 * 60 * 60 * 1000 },
  });
});
