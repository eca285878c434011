const Koa = require('koa');
const session = require('koa-session');
const log4js = require('log4js');
const { execSync } = require('child_process');

log4js.configure({
  appenders: {
    out: { type: 'stdout' },
    app: { type: 'file', filename: 'logs/wiki.log', maxLogSize: 10485760, backups: 3 }, // tfl-eval: file-logger
  },
  categories: { default: { appenders: ['out', 'app'], level: 'info' } },
});

execSync('npx prisma migrate deploy', { stdio: 'inherit' }); // tfl-eval: startup-migration

const app = new Koa();
app.keys = [process.env.APP_KEY];
app.use(session({ key: 'wiki.sess', maxAge: 86400000 }, app)); // tfl-eval-not: memory-session-store

const server = app.listen(process.env.PORT);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
