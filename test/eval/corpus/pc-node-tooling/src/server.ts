import express from 'express';
import session from 'express-session';
import RedisStore from 'connect-redis';
import { createClient } from 'redis';
import { LRUCache } from 'lru-cache';
import pino from 'pino';

const logger = pino();
const redis = createClient({ url: process.env.REDIS_URL });
await redis.connect();

// Rendered markdown by content hash: derived data, recomputed on a miss by any instance.
const rendered = new LRUCache<string, string>({ max: 500 });

const app = express();
app.use(session({ store: new RedisStore({ client: redis }), secret: process.env.SESSION_SECRET!, resave: false, saveUninitialized: false }));
app.get('/render/:hash', (req, res) => res.send(rendered.get(req.params.hash) ?? ''));

const server = app.listen(Number(process.env.PORT ?? 3000), () => logger.info('listening'));
process.on('SIGTERM', () => server.close(() => redis.quit()));
