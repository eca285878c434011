import Fastify from 'fastify';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const app = Fastify({ logger: true });

app.get('/healthz', async () => ({ ok: true }));
app.get('/products', async () => prisma.product.findMany({ take: 50 }));

// tfl-eval-next-line: no-graceful-shutdown
await app.listen({ host: '0.0.0.0', port: Number(process.env.PORT) });
