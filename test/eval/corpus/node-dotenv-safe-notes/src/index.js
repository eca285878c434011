import dotenvSafe from 'dotenv-safe';
import Fastify from 'fastify';

// Reads .env and fails fast when a key listed in the template is missing.
dotenvSafe.config({ example: '.env.example', allowEmptyValues: false }); // tfl-eval-not: hardcoded-credential

const app = Fastify({ logger: true });
app.get('/health', async () => ({ ok: true }));
await app.listen({ port: Number(process.env.PORT), host: '0.0.0.0' }); // tfl-eval: no-graceful-shutdown
