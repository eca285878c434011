import { randomBytes } from 'node:crypto';
import Koa from 'koa';
import session from 'koa-session';

function applySigning(app: Koa): void {
  app.keys = [randomBytes(32).toString('hex')]; // tfl-eval: per-process-secret
}

function devKeys(app: Koa): void {
  app.keys = [randomBytes(16).toString('hex')]; // tfl-eval-not: per-process-secret
}

export const app = new Koa();
applySigning(app);
if (process.env.NODE_ENV === 'development') {
  devKeys(app);
}
app.use(session(app));
