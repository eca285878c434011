import { pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

export const rsvps = pgTable('rsvps', {
  id: serial('id').primaryKey(),
  eventSlug: text('event_slug').notNull(),
  guestEmail: text('guest_email').notNull(),
  createdAt: timestamp('created_at').defaultNow(),
});
