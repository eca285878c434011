const Koa = require('koa');
const Router = require('koa-router');

const app = new Koa();
const router = new Router();
router.get('/-/ping', (ctx) => { ctx.body = { ok: true }; });
app.use(router.routes());

const server = app.listen(Number(process.env.PORT) || 7001);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
