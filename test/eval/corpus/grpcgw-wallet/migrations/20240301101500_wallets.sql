-- Create "wallets" table
CREATE TABLE "wallets" ("id" uuid NOT NULL, "owner_id" uuid NOT NULL, "balance_minor" bigint NOT NULL DEFAULT 0, "pin_hash" bytea NOT NULL, PRIMARY KEY ("id"));
CREATE TABLE "transfers" ("id" uuid NOT NULL, "from_wallet" uuid NOT NULL, "to_wallet" uuid NOT NULL, "amount_minor" bigint NOT NULL, "idempotency_key" text NOT NULL UNIQUE, PRIMARY KEY ("id"));
