'use strict';
const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const session = require('koa-generic-session');
const log = require('./lib/logger');
const { umzug } = require('./db');
const articles = require('./routes/articles');

async function main() {
  await umzug.up(); // tfl-eval: startup-migration

  const app = new Koa();
  app.keys = [process.env.SESSION_KEY]; // tfl-eval-not: hardcoded-credential
  app.proxy = true;
  app.use(session({ key: 'helpcenter.sid', cookie: { maxAge: 7 * 24 * 3600 * 1000, secure: true } })); // tfl-eval: memory-session-store
  app.use(bodyParser());
  app.use(articles.routes()).use(articles.allowedMethods());

  const server = app.listen(process.env.PORT, () => log.info('helpcenter listening on %s', process.env.PORT));
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

main().catch((err) => {
  log.error(err);
  process.exit(1);
});
