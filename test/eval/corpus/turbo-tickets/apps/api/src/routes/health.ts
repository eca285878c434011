import { Router } from 'express';
import type Redis from 'ioredis';

export function healthRouter(redis: Redis) {
  const router = Router();
  router.get('/', async (_req, res) => {
    const pong = await redis.ping().catch(() => 'down');
    res.status(pong === 'PONG' ? 200 : 503).json({ redis: pong === 'PONG' ? 'up' : 'down' });
  });
  return router;
}
