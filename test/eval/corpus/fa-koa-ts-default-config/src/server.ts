import Koa from 'koa';
import Router from '@koa/router';
import config from './config';

const app = new Koa();
const router = new Router({ prefix: config.prefix });
router.get('/notes', (ctx) => {
  ctx.body = [];
});
app.use(router.routes());

const server = app.listen(config.port); // tfl-eval: hardcoded-port
process.on('SIGTERM', () => server.close());
