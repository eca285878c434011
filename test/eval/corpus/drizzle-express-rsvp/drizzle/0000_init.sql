CREATE TABLE IF NOT EXISTS "rsvps" (
  "id" serial PRIMARY KEY NOT NULL,
  "event_slug" text NOT NULL,
  "guest_email" text NOT NULL,
  "created_at" timestamp DEFAULT now()
);
