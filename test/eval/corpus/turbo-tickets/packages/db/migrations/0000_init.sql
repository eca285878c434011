CREATE TYPE "token_kind" AS ENUM ('password_reset', 'email_verification', 'api_key');
CREATE TABLE IF NOT EXISTS "users" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "email" text NOT NULL,
  "password_hash" text NOT NULL,
  "api_key_prefix" text,
  "created_at" timestamp DEFAULT now() NOT NULL,
  CONSTRAINT "users_email_unique" UNIQUE("email")
);
INSERT INTO "users" ("id", "email", "password_hash") VALUES ('44a80036-f13f-4f78-b143-75729ff66d14', 'system@tickets.internal', '!');
