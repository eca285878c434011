import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';

const app = new Koa();
const router = new Router();

router.get('/items', (ctx) => {
  ctx.body = [];
});

app.use(bodyParser());
app.use(router.routes()).use(router.allowedMethods());

const server = app.listen(Number(process.env.PORT));
process.on('SIGTERM', () => server.close());
