const express = require('express');
const session = require('express-session');
const { RedisStore } = require('connect-redis');
const { createClient } = require('redis');
const pinoHttp = require('pino-http');
const config = require('./config');
const logger = require('./logger');
const cart = require('./routes/cart');

const redisClient = createClient({ url: config.redisUrl });
redisClient.connect().catch((error) => logger.error(error, 'redis connection failed'));

const app = express();
app.use(pinoHttp({ logger }));
app.use(express.json());
app.use(
  session({
    store: new RedisStore({ client: redisClient }),
    secret: config.sessionSecret,
    resave: false,
    saveUninitialized: false,
  }),
);
app.use('/cart', cart);

const server = app.listen(config.port, () => logger.info({ port: config.port }, 'listening'));

// Disposability: on a deploy or scale-down, finish the open requests, then exit.
process.on('SIGTERM', () => {
  server.close(() => {
    redisClient.quit().finally(() => process.exit(0));
  });
});
