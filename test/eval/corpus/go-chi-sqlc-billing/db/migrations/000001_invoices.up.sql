CREATE TABLE invoices (
  id bigserial PRIMARY KEY,
  customer_id text NOT NULL,
  total_cents bigint NOT NULL
);
