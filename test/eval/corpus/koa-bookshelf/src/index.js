const Koa = require('koa');
const Router = require('koa-router');
const session = require('koa-session');
const bodyParser = require('koa-bodyparser');
const dayjs = require('dayjs'); // tfl-eval: undeclared-dependency
const { sequelize, Book } = require('./models');
const log = require('./log');

const app = new Koa();
app.keys = [process.env.COOKIE_KEY];
app.use(session({ key: 'bookshelf.sess', maxAge: 86400000 }, app)); // tfl-eval-not: memory-session-store
app.use(bodyParser());

const router = new Router();
router.get('/books', async (ctx) => {
  ctx.body = await Book.findAll({ order: [['title', 'ASC']] });
});
router.post('/books', async (ctx) => {
  const book = await Book.create({ ...ctx.request.body, addedAt: dayjs().toISOString() });
  ctx.status = 201;
  ctx.body = book;
});
app.use(router.routes());

sequelize.sync({ alter: true }).then(() => { // tfl-eval: startup-migration
  const server = app.listen(process.env.PORT || 3000); // tfl-eval-not: hardcoded-port
  process.on('SIGTERM', () => server.close(() => sequelize.close()));
  log.info('bookshelf up');
});
