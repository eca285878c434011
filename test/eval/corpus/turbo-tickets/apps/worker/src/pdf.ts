import { db, orders } from '@tickets/db';
import { eq } from 'drizzle-orm'; // tfl-eval: undeclared-dependency

const TEMPLATE_PATH = new URL('../templates/ticket.html', import.meta.url);

export async function renderTicketPdf(orderId: string) {
  const [order] = await db.select().from(orders).where(eq(orders.id, orderId));
  if (!order) throw new Error(`order ${orderId} not found`);
  return { template: TEMPLATE_PATH.pathname, orderId: order.id };
}
