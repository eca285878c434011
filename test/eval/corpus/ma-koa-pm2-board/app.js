const Koa = require('koa');

const app = new Koa();
app.use(async (ctx) => {
  ctx.body = { ok: true };
});

app.listen(process.env.PORT || 3000); // tfl-eval: no-graceful-shutdown
