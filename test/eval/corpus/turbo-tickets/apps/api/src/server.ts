import express from 'express';
import session from 'express-session';
import RedisStore from 'connect-redis';
import Redis from 'ioredis';
import pinoHttp from 'pino-http';
import { loadConfig } from './config';
import { logger } from './lib/logger';
import { ordersRouter } from './routes/orders';
import { webhooksRouter } from './routes/webhooks';
import { healthRouter } from './routes/health';

const config = loadConfig();
const redis = new Redis(config.REDIS_URL);
const app = express();

app.set('trust proxy', 1);
app.use(pinoHttp({ logger }));
app.use('/webhooks', webhooksRouter(config));
app.use(express.json());
app.use(
  session({
    name: config.SESSION_COOKIE_NAME,
    store: new RedisStore({ client: redis, prefix: 'sess:' }),
    secret: process.env.SESSION_SECRET!.split(','),
    resave: false,
    saveUninitialized: false,
    cookie: { secure: config.NODE_ENV === 'production', sameSite: 'lax' },
  }),
);
app.use('/healthz', healthRouter(redis));
app.use('/orders', ordersRouter);

const server = app.listen(config.PORT, () => logger.info({ port: config.PORT }, 'api listening'));

function shutdown(signal: string) {
  logger.info({ signal }, 'draining connections');
  server.close(() => {
    redis.quit().finally(() => process.exit(0));
  });
  setTimeout(() => process.exit(1), 10_000).unref();
}

process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
