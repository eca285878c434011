import Fastify from 'fastify';
import { HOST, PORT } from './constants';

const app = Fastify({ logger: true });
app.get('/health', async () => ({ ok: true }));

const start = async () => {
  await app.listen({ port: PORT, host: HOST }); // tfl-eval: hardcoded-port
};
process.on('SIGTERM', () => void app.close());
start();
