const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');

const router = new Router();
router.get('/tickets', (ctx) => { ctx.body = []; });

const server = new Koa()
  .use(bodyParser())
  .use(router.routes())
  .use(router.allowedMethods())
  .listen(4100); // tfl-eval: hardcoded-port

process.on('SIGTERM', () => server.close(() => process.exit(0)));
