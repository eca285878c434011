import { Hono } from 'hono';
import { sql } from '../db/client.js';

export const health = new Hono();

health.get('/', async (c) => {
  await sql`select 1`;
  return c.json({ status: 'ok' });
});
