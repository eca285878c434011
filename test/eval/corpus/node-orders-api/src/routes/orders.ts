import { Router } from 'express';
import type { Knex } from 'knex';
import type { Redis } from 'ioredis';

export function ordersRouter(db: Knex, stock: Redis): Router {
  const router = Router();
  router.get('/:id', async (req, res) => {
    const order = await db('orders').where({ id: req.params.id }).first();
    if (!order) return res.sendStatus(404);
    const reserved = await stock.get(`reserved:${order.sku}`);
    return res.json({ ...order, reserved: Number(reserved ?? 0) });
  });
  return router;
}
