import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import session from 'koa-generic-session';

import { pool } from './db.js';
import { logger } from './logger.js';
import { migrateToLatest } from './migrations.js';

const app = new Koa();
app.keys = [process.env.SESSION_KEY];
app.use(session({ key: 'readinglist.sid', ttl: 30 * 24 * 3600 * 1000 })); // tfl-eval: memory-session-store
app.use(bodyParser());

const router = new Router();
router.get('/', async (ctx) => {
  if (!ctx.session.userId) ctx.throw(401);
  const { rows } = await pool.query('SELECT id, title, author FROM books WHERE owner_id = $1 ORDER BY title', [ctx.session.userId]);
  ctx.body = rows;
});
router.post('/books/:id/read', async (ctx) => {
  if (!ctx.session.userId) ctx.throw(401);
  await pool.query('UPDATE books SET read_at = now() WHERE id = $1 AND owner_id = $2', [ctx.params.id, ctx.session.userId]);
  ctx.session.lastRead = ctx.params.id;
  ctx.redirect('/');
});
app.use(router.routes()).use(router.allowedMethods());

async function start() {
  const applied = await migrateToLatest(pool); // tfl-eval: startup-migration
  logger.info({ applied: applied.length }, 'schema up to date');
  const server = app.listen(process.env.PORT || 3000);
  process.on('SIGTERM', () => server.close(() => pool.end()));
}

start().catch((err) => {
  logger.error(err, 'failed to start');
  process.exit(1);
});
