import Fastify from 'fastify';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { port: { type: 'string' } } });
const app = Fastify({ logger: true });
app.get('/entries', async () => []);
await app.listen({ host: '0.0.0.0', port: Number(values.port) });
process.on('SIGTERM', () => void app.close());
