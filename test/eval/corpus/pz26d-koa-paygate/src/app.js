const Koa = require('koa');
const Router = require('koa-router');
const { sign } = require('./lib/alipay');

const app = new Koa();
const router = new Router();
router.post('/pay', (ctx) => {
  ctx.body = { sign: sign(ctx.request.query) };
});
app.use(router.routes());
app.listen(Number(process.env.PORT) || 3000); // tfl-eval: no-graceful-shutdown
