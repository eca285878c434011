const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');
const winston = require('winston');
const { sequelize } = require('./models');

const isDev = process.env.NODE_ENV !== 'production';
const inProduction = process.env.NODE_ENV === 'production';

const logger = winston.createLogger({ transports: [new winston.transports.Console()] });
if (isDev) {
  logger.add(new winston.transports.File({ filename: 'logs/debug.log' })); // tfl-eval-not: file-logger
}

const app = express();
if (isDev) {
  app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false })); // tfl-eval-not: memory-session-store
} else {
  const client = createClient({ url: process.env.REDIS_URL });
  client.connect().catch((err) => logger.error(err));
  app.use(session({ store: new RedisStore({ client }), secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
}

const port = isDev ? 3000 : Number(process.env.PORT); // tfl-eval-not: hardcoded-port

async function start() {
  if (!inProduction) {
    await sequelize.sync({ alter: true }); // tfl-eval-not: startup-migration
  }
  const server = app.listen(port, () => logger.info(`listening on ${port}`));
  process.on('SIGTERM', () => server.close(() => sequelize.close()));
}

start();
