import fp from 'fastify-plugin';
import cookie from '@fastify/cookie';
import session from '@fastify/session';
import type { FastifyInstance } from 'fastify';

export default fp(async (app: FastifyInstance) => {
  await app.register(cookie);
  await app.register(session, { // tfl-eval: memory-session-store
    secret: process.env.SESSION_SECRET!, // tfl-eval-not: hardcoded-credential
    cookieName: 'bikeshare.sid',
    cookie: { secure: true, httpOnly: true, maxAge: 86_400_000 },
    saveUninitialized: false,
  });
});
