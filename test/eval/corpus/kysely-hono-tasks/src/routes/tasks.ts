import { Hono } from 'hono';
import { db } from '../db/index.js';
import { search } from '../lib/search.js';

export const tasks = new Hono();

// Labels for task states; a constant table.
const STATE_LABELS = new Map([[true, 'Done'], [false, 'Open']]); // tfl-eval-not: memory-session-store

tasks.get('/', async (c) => {
  const rows = await db.selectFrom('tasks').selectAll().where('owner_id', '=', c.req.header('x-user-id') ?? '').execute();
  return c.json(rows.map((row) => ({ ...row, state: STATE_LABELS.get(row.done) })));
});

tasks.get('/search', async (c) => {
  const result = await search.collections('tasks').documents().search({ q: c.req.query('q') ?? '', query_by: 'title' });
  return c.json(result.hits ?? []);
});
