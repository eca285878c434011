import fastifySecureSession from '@fastify/secure-session';
import fp from 'fastify-plugin';

// Patient portal: the whole session is encrypted into the cookie (no server state).
export default fp(async (app) => {
  app.register(fastifySecureSession, { // tfl-eval-not: memory-session-store
    key: Buffer.from(process.env.PATIENT_SESSION_KEY, 'base64'),
    cookieName: 'patient',
    cookie: { path: '/', httpOnly: true, secure: true },
  });
});
