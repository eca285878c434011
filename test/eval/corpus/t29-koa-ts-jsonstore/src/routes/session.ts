import Router from '@koa/router';
import { randomUUID } from 'crypto';
import { sessions } from '../stores';
import { addToWishlist } from '../db';

export const router = new Router();

router.post('/login', async (ctx) => {
  const id = randomUUID();
  await sessions.upsert({ id, userId: ctx.request.body.userId, expires: Date.now() + 3_600_000 });
  ctx.cookies.set('sid', id, { httpOnly: true });
  ctx.status = 204;
});

router.post('/wishlist', async (ctx) => {
  await addToWishlist(ctx.state.userId, ctx.request.body.sku);
  ctx.status = 201;
});
