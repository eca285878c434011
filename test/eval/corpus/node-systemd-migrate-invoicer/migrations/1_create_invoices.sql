CREATE TABLE invoices (
  id uuid PRIMARY KEY,
  customer_id uuid NOT NULL,
  total_cents bigint NOT NULL,
  issued_at timestamptz NOT NULL DEFAULT now()
);
