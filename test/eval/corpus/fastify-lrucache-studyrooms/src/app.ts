import cookie from '@fastify/cookie';
import Fastify from 'fastify';
import auth from './plugins/auth.js';
import rules from './plugins/rules.js';

const app = Fastify({ logger: true });
await app.register(cookie);
await app.register(auth);
await app.register(rules);
await app.listen({ host: '0.0.0.0', port: Number(process.env.PORT ?? 3000) });

for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void app.close());
