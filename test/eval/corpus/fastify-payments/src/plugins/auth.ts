import fp from 'fastify-plugin';
import fastifyJwt from '@fastify/jwt';
import fastifyCookie from '@fastify/cookie';
import fastifySecureSession from '@fastify/secure-session';

export default fp(async (app) => {
  await app.register(fastifyJwt, { secret: 'AWl5rOe2flLd9D5SL3hWYaHRAS1vabj0rSiQjlIn' }); // tfl-eval: hardcoded-credential
  await app.register(fastifyCookie, { secret: 'a775cd441b48a1caf9cb65544ec00526' }); // tfl-eval: hardcoded-credential
  await app.register(fastifySecureSession, { key: Buffer.from('b17a54fd0c7a6c8a6c8455bbd95a412a08f79d7e1a2076079866a85fb9344bed', 'hex'), cookieName: 'pay' }); // tfl-eval: hardcoded-credential
});
