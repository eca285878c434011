import Koa from 'koa';
import Router from '@koa/router';
import { issue, verify } from './lib/tokens.js';

const app = new Koa();
const router = new Router();
const secret = process.env.REWARDS_JWT_SECRET;
if (!secret) throw new Error('REWARDS_JWT_SECRET is required');

router.post('/login', (ctx) => {
  ctx.body = { token: issue({ sub: ctx.query.user }, secret) };
});
router.get('/me', (ctx) => {
  ctx.body = verify(String(ctx.get('authorization')).replace('Bearer ', ''), secret);
});

app.use(router.routes());
const server = app.listen(Number(process.env.PORT ?? 3000));
process.on('SIGTERM', () => server.close());
