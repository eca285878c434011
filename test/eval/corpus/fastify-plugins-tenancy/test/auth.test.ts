import { test } from 'tap';
import Fastify from 'fastify';
import jwt from '@fastify/jwt';

test('signs', async (t) => {
  const app = Fastify();
  await app.register(jwt, { secret: 'supersecret' }); // tfl-eval-not: hardcoded-credential
  t.ok(app.jwt.sign({ a: 1 }));
});
