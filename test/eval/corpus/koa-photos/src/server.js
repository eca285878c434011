const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const session = require('koa-session');
const { router } = require('./routes');
const { sequelize } = require('./db');
const logger = require('./lib/logger');

const app = new Koa();
app.keys = [process.env.SESSION_KEY];
app.use(session({ key: 'photos.sess', maxAge: 86400000, httpOnly: true, signed: true }, app));
app.use(bodyParser());
app.use(router.routes()).use(router.allowedMethods());

async function main() {
  await sequelize.authenticate();
  await sequelize.sync({ alter: true }); // tfl-eval: startup-migration
  const port = process.env.PORT || 3000;
  const server = app.listen(port, () => logger.info(`photos listening on ${port}`));
  process.on('SIGTERM', () => server.close(() => sequelize.close().then(() => process.exit(0))));
}

main();
