import Fastify from 'fastify';
import { config } from './config';
import { env } from './config/env';

const app = Fastify({ logger: true });

app.get('/healthz', async () => ({ ok: true, env: env.NODE_ENV }));

const close = async () => {
  await app.close();
  process.exit(0);
};
process.on('SIGTERM', close);
process.on('SIGINT', close);

await app.listen({ port: config.get('port'), host: '0.0.0.0' });
