import Fastify from 'fastify';
import auth from './plugins/auth.js';
import session from './plugins/session.js';
import tokens from './routes/tokens.js';

const app = Fastify({ logger: true });
await app.register(auth);
await app.register(session);
await app.register(tokens);

const port = Number(process.env.PORT ?? 8080);
await app.listen({ port, host: '0.0.0.0' });
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => void app.close().then(() => process.exit(0)));
