import Fastify from 'fastify';

const app = Fastify({ logger: true });
app.get('/polls', async () => []);

await app.listen({ host: '0.0.0.0', port: Number(process.env.PORT) });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.close());
