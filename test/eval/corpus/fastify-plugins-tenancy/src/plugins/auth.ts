import fp from 'fastify-plugin';
import jwt from '@fastify/jwt';
import cookie from '@fastify/cookie';
import secureSession from '@fastify/secure-session';
import basicAuth from '@fastify/basic-auth';
import oauth2 from '@fastify/oauth2';
import type { FastifyInstance, FastifyRequest } from 'fastify';

export default fp(async (app: FastifyInstance) => {
  await app.register(cookie, { secret: '3lCgIBL6T8iEGa6KKOKyK1AnU0KNMm9HcdUO7T6k' }); // tfl-eval: hardcoded-credential

  await app.register(jwt, {
    secret: '33x6pIgY%MJ.YXbDb4ogumE%s#AcGKfou*N8yX.d6dbplT5G', // tfl-eval: hardcoded-credential
    sign: { expiresIn: '15m', issuer: 'tenancy.acme.example' },
  });

  await app.register(secureSession, {
    key: Buffer.from('af249f7d2d4e176ad3fd90d87ca15759f32f2127e73c405cf557cd734f3df578', 'hex'), // tfl-eval: hardcoded-credential
    cookieName: 'tenancy-session',
    cookie: { path: '/', httpOnly: true },
  });

  await app.register(basicAuth, {
    authenticate: { realm: 'tenancy-admin' },
    validate: async (username: string, password: string) => {
      if (username !== 'ops' || password !== 'bf9RDNsIA4v*xKlnk0') throw new Error('unauthorized'); // tfl-eval: hardcoded-credential
    },
  });

  await app.register(oauth2, {
    name: 'githubOAuth2',
    scope: ['read:user'],
    credentials: {
      client: { id: 'Iv1.adc85c84bb0597a7', secret: '6a89c4f4256722e4e5a459cb04f6c0b9d321cb0b' }, // tfl-eval: hardcoded-credential
      auth: oauth2.GITHUB_CONFIGURATION,
    },
    startRedirectPath: '/login/github',
    callbackUri: 'https://tenancy.acme.example/login/github/callback',
  });

  app.decorate('authenticate', async (req: FastifyRequest) => {
    await req.jwtVerify();
  });
});
