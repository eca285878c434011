const Koa = require('koa');
const session = require('koa-session');
const Router = require('koa-router');

const app = new Koa();
app.keys = ['M146VxXWwKrf', 'erjpugEDIsLJ']; // tfl-eval: hardcoded-credential
app.use(session({ key: 'guestbook.sess' }, app));

const router = new Router();
router.get('/', (ctx) => { ctx.body = 'hi'; });
app.use(router.routes());

const server = app.listen(process.env.PORT);
process.on('SIGTERM', () => server.close());
