const Koa = require('koa');
const Router = require('koa-router');
const { Note, ready } = require('./db/init');

const app = new Koa();
const router = new Router();

router.get('/notes', async (ctx) => {
  ctx.body = await Note.findAll();
});

app.use(router.routes());
ready.then(() => app.listen(process.env.PORT)); // tfl-eval: no-graceful-shutdown
