'use strict';

const Hapi = require('@hapi/hapi');
const Cookie = require('@hapi/cookie');
const Jwt = require('@hapi/jwt');

const init = async () => {
  const server = Hapi.server({ port: 3000, host: '0.0.0.0' }); // tfl-eval: hardcoded-port
  await server.register([Cookie, Jwt]);

  server.auth.strategy('session', 'cookie', {
    cookie: {
      name: 'appointments',
      password: 'WdJMKeenAJx4Uhi72SdWmjBY43nRQxNJUMjhlJjv', // tfl-eval: hardcoded-credential
      isSecure: true,
    },
    redirectTo: '/login',
  });

  server.auth.strategy('api', 'jwt', {
    keys: 'a14b5371e7eb82c6116db81241fbac9b2ad9946b8000dd709a53b4e0911b3d98', // tfl-eval: hardcoded-credential
    verify: { aud: 'urn:audience:appointments', iss: 'urn:issuer:appointments', sub: false },
    validate: (artifacts) => ({ isValid: true, credentials: { user: artifacts.decoded.payload.user } }),
  });

  await server.start();
  return server;
};

module.exports = { init };
