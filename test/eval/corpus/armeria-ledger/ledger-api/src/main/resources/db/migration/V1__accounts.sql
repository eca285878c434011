CREATE TABLE account (
  id UUID PRIMARY KEY,
  owner TEXT NOT NULL,
  currency CHAR(3) NOT NULL,
  api_secret_hash TEXT
);
CREATE TABLE entry (
  id BIGSERIAL PRIMARY KEY,
  account_id UUID NOT NULL REFERENCES account(id),
  amount_minor BIGINT NOT NULL,
  idempotency_key TEXT NOT NULL UNIQUE
);
INSERT INTO account (id, owner, currency) VALUES ('7547b9df-d6e7-42ec-9082-7b4c1f2905de', 'house', 'EUR');
