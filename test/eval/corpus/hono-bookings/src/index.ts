import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { logger } from 'hono/logger';
import { secureHeaders } from 'hono/secure-headers';
import { env } from './env.js';
import { bookings } from './routes/bookings.js';
import { health } from './routes/health.js';
import { sql } from './db/client.js';

const app = new Hono();
app.use('*', logger());
app.use('*', secureHeaders());
app.route('/health', health);
app.route('/bookings', bookings);

const server = serve({ fetch: app.fetch, port: env.PORT }, (info) => {
  console.log(`bookings api listening on :${info.port}`);
});

// Stop taking requests, finish the open ones, close the pool, then exit.
const shutdown = (signal: string) => {
  console.log(`${signal} received, draining`);
  server.close(async () => {
    await sql.end({ timeout: 5 });
    process.exit(0);
  });
};
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
