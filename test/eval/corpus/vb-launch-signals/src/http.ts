import Koa from 'koa';
import type { Server } from 'node:http';

export function serve(port: number): Server {
  const app = new Koa();
  app.use((ctx) => {
    ctx.body = 'ok';
  });
  return app.listen(port); // tfl-eval-not: no-graceful-shutdown
}
