import { Router } from 'express';
import { db } from '../db.js';
import { rsvps } from '../schema.js';
import { logger } from '../logger.js';

export const rsvpRouter = Router();

// Event titles by slug, loaded from the CMS export at build time.
const EVENT_TITLES: Record<string, string> = { 'summer-bbq': 'Summer BBQ', 'quiz-night': 'Quiz night' };

rsvpRouter.post('/:slug', async (req, res) => {
  const [row] = await db
    .insert(rsvps)
    .values({ eventSlug: req.params.slug, guestEmail: req.body.email })
    .returning();
  logger.info('rsvp for %s', EVENT_TITLES[req.params.slug] ?? req.params.slug);
  res.status(201).json(row);
});
