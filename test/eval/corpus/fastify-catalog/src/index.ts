import Fastify from 'fastify';
import { PrismaClient } from '@prisma/client';
import { reviews } from './reviews.js';
import { notify } from './mail.js';

const prisma = new PrismaClient();
const app = Fastify({ logger: true });

app.get('/products/:sku', async (request) => {
  const { sku } = request.params as { sku: string };
  const product = await prisma.product.findUniqueOrThrow({ where: { sku } });
  return { ...product, reviews: await reviews.find({ sku }).lean() };
});

app.post('/products/:sku/restock', async (request) => {
  await notify('restock requested', JSON.stringify(request.params));
  return { queued: true };
});

await app.listen({ port: 3000, host: '0.0.0.0' }); // tfl-eval: hardcoded-port, no-graceful-shutdown
