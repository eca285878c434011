import { pgTable, serial, text, timestamp, varchar } from "drizzle-orm/pg-core";

export const users = pgTable("users", {
  id: serial("id").primaryKey(),
  email: varchar("email", { length: 320 }).notNull().unique(),
  passwordHash: text("password_hash").notNull(), // tfl-eval-not: hardcoded-credential
  apiKeyPrefix: varchar("api_key_prefix", { length: 12 }), // tfl-eval-not: hardcoded-credential
  createdAt: timestamp("created_at").defaultNow().notNull(),
});
