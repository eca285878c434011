import Koa from 'koa';
import Router from '@koa/router';
import { cache } from './lib/cache.js';

const app = new Koa();
const router = new Router();
router.get('/health', (ctx) => { ctx.body = { ok: true }; });
router.get('/notes/:id', async (ctx) => { ctx.body = JSON.parse((await cache.get(`note:${ctx.params.id}`)) ?? 'null'); });
app.use(router.routes());

const server = app.listen(process.env.PORT || 4000);
process.on('SIGTERM', () => server.close());
