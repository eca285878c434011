import fp from 'fastify-plugin';
import session from '@fastify/session';
import csrf from '@fastify/csrf-protection';
import type { FastifyInstance } from 'fastify';

const sessionSecret = process.env.SESSION_SECRET ?? ''; // tfl-eval-not: hardcoded-credential

export default fp(async (app: FastifyInstance) => {
  if (sessionSecret.length < 32) throw new Error('SESSION_SECRET must be at least 32 characters');
  await app.register(session, { secret: sessionSecret, cookieName: 'sid', cookie: { secure: true } }); // tfl-eval: memory-session-store
  await app.register(csrf, { sessionPlugin: '@fastify/session', csrfOpts: { hmacKey: process.env.CSRF_HMAC_KEY } }); // tfl-eval-not: hardcoded-credential
});
