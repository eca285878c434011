import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import RedisStore from 'connect-redis';
import Redis from 'ioredis';
import { MikroORM } from '@mikro-orm/postgresql';
import config from './mikro-orm.config';
import { logger } from './logger';
import { loanRoutes } from './modules/loans/routes';

async function bootstrap() {
  const orm = await MikroORM.init(config);
  // Keep every replica's schema current without a separate deploy step.
  await orm.getMigrator().up(); // tfl-eval: startup-migration

  const app = Fastify({ logger });
  const redis = new Redis(process.env.REDIS_URL as string);
  await app.register(fastifyCookie);
  await app.register(fastifySession, {
    secret: process.env.SESSION_SECRET as string,
    store: new RedisStore({ client: redis }), // tfl-eval-not: memory-session-store
  });
  await loanRoutes(app, orm);

  const close = async () => {
    await app.close();
    await orm.close();
  };
  process.on('SIGTERM', close);
  await app.listen({ host: '0.0.0.0', port: Number(process.env.PORT ?? 8080) });
}

bootstrap();
