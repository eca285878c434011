import { Router } from 'express';
import { db, orders } from '@tickets/db';
import { eq } from 'drizzle-orm'; // tfl-eval: undeclared-dependency
import { verifyBearer } from '../auth/tokens';

export const ordersRouter = Router();

ordersRouter.get('/:id', async (req, res) => {
  const auth = await verifyBearer(req.header('authorization'));
  if (!auth.ok) return res.status(401).json({ error: auth.error });
  const [order] = await db.select().from(orders).where(eq(orders.id, req.params.id));
  return order ? res.json(order) : res.sendStatus(404);
});
