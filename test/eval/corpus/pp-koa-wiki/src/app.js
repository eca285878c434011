const crypto = require('crypto');
const Koa = require('koa');
const session = require('koa-session');

const app = new Koa();
app.keys = [crypto.randomBytes(32).toString('hex')]; // tfl-eval: per-process-secret
app.use(session({ key: 'wiki.sess', maxAge: 86400000 }, app));

app.use(async (ctx) => {
  ctx.state.cspNonce = crypto.randomBytes(16).toString('base64'); // tfl-eval-not: per-process-secret
  ctx.body = { page: ctx.path, views: (ctx.session.views = (ctx.session.views || 0) + 1) };
});

app.listen(process.env.PORT || 3000); // tfl-eval: no-graceful-shutdown
