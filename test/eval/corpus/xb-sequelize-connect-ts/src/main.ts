import Fastify from 'fastify';
import { connectDatabase, disconnectDatabase } from './database/index.js';
import { connect as connectRedis } from './database/redis.js';
import { Item } from './models/item.js';

const app = Fastify({ logger: true });

app.get('/items', async () => Item.findAll());

async function bootstrap(): Promise<void> {
  await connectDatabase(); // tfl-eval: startup-migration
  await connectRedis(); // tfl-eval-not: startup-migration
  app.addHook('onClose', async () => disconnectDatabase());
  await app.listen({ host: '0.0.0.0', port: Number(process.env.PORT ?? 8080) });  // tfl-eval: no-graceful-shutdown
}

void bootstrap();
