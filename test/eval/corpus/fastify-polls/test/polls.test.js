import { test } from 'node:test';
import Fastify from 'fastify';
import fastifySession from '@fastify/session';

test('session cookie is set', async () => {
  const app = Fastify();
  app.register(fastifySession, { secret: 'a'.repeat(32) }); // tfl-eval-not: memory-session-store
  await app.listen({ port: 0 });
  await app.close();
});
