import { pgTable, text, timestamp } from 'drizzle-orm/pg-core'

export const users = pgTable('user', {
  id: text('id').primaryKey(),
  email: text('email').notNull(),
  passwordHash: text('password_hash'), // tfl-eval-not: hardcoded-credential
  createdAt: timestamp('created_at').defaultNow(),
})
