import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { migrator } from './db/index.js';
import { tasks } from './routes/tasks.js';

const { error } = await migrator.migrateToLatest(); // tfl-eval: startup-migration
if (error) {
  console.error('migration failed', error);
  process.exit(1);
}

const app = new Hono();
app.route('/tasks', tasks);

const server = serve({ fetch: app.fetch, port: Number(process.env.PORT) });
process.on('SIGTERM', () => server.close(() => process.exit(0)));
