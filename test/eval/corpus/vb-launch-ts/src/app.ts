import Koa from 'koa';
import Router from '@koa/router';

export async function load(port: number): Promise<Koa> {
  const app = new Koa();
  const router = new Router();
  router.get('/healthz', (ctx) => {
    ctx.body = { ok: true };
  });
  app.use(router.routes()).use(router.allowedMethods());
  app.listen(port); // tfl-eval-not: no-graceful-shutdown
  return app;
}
