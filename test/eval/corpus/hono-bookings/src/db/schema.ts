import { pgTable, text, timestamp, uuid, integer, pgEnum } from 'drizzle-orm/pg-core';

export const bookingStatus = pgEnum('booking_status', ['pending', 'confirmed', 'cancelled', 'no_show']);

export const bookings = pgTable('bookings', {
  id: uuid('id').primaryKey().defaultRandom(),
  restaurantId: uuid('restaurant_id').notNull(),
  guestName: text('guest_name').notNull(),
  guestPhone: text('guest_phone').notNull(),
  partySize: integer('party_size').notNull(),
  startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
  status: bookingStatus('status').default('pending').notNull(),
  confirmationToken: text('confirmation_token').notNull(),
});
