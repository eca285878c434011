import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import fp from 'fastify-plugin';

// Check-in kiosks: a short session per visit.
export default fp(async (app) => {
  app.register(fastifyCookie);
  app.register(fastifySession, { // tfl-eval: memory-session-store
    secret: process.env.KIOSK_SESSION_SECRET,
    cookieName: 'kiosk.sid',
    cookie: { secure: true, maxAge: 15 * 60 * 1000 },
  });
});
