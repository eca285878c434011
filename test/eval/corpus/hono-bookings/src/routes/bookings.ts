import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { randomUUID, randomBytes } from 'node:crypto';
import { db } from '../db/client.js';
import { bookings as table } from '../db/schema.js';
import { verify, AUTH_HEADER } from '../lib/auth.js';

export const bookings = new Hono();

const NewBooking = z.object({
  restaurantId: z.string().uuid(),
  guestName: z.string().min(1).max(120),
  guestPhone: z.string().regex(/^\+[1-9]\d{6,14}$/),
  partySize: z.number().int().min(1).max(20),
  startsAt: z.string().datetime(),
});

bookings.use('*', async (c, next) => {
  const header = c.req.header(AUTH_HEADER) ?? '';
  if (!header.startsWith('Bearer ')) return c.json({ error: 'missing bearer token' }, 401);
  c.set('userId' as never, (await verify(header.slice(7))) as never);
  await next();
});

bookings.post('/', zValidator('json', NewBooking), async (c) => {
  const input = c.req.valid('json');
  const [row] = await db
    .insert(table)
    .values({ id: randomUUID(), ...input, startsAt: new Date(input.startsAt), confirmationToken: randomBytes(16).toString('hex') })
    .returning();
  return c.json(row, 201);
});
