import crypto from 'node:crypto';
import Koa from 'koa';
import session from 'koa-session';

export const app = new Koa();

let cookieSecret = process.env.COOKIE_SECRET;
if (!cookieSecret) {
  console.warn('COOKIE_SECRET is not set: every restart logs everybody out');
  cookieSecret = crypto.randomBytes(32).toString('hex'); // tfl-eval-not: per-process-secret
}
app.keys = [cookieSecret];
app.use(session({ key: 'shelf.sid', maxAge: 86400000 }, app));

export const csrfSecret = crypto.randomBytes(16).toString('hex'); // tfl-eval-not: per-process-secret
