CREATE TABLE IF NOT EXISTS operators (
  id serial PRIMARY KEY,
  email text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  api_token_digest text
);

-- Bcrypt hashes of the operators' passwords: hashes, not passwords.
INSERT INTO operators (email, password_hash) VALUES
  ('ops@ledger.example.com', '$2b$12$C6UzMDM.H6dfI/f/IKcEeO5WzFJ7t0bYqL3QH2x0xJ1cVJ8v7eK1a'), -- tfl-eval-not: hardcoded-credential
  ('finance@ledger.example.com', '$2b$12$Q0n3b7xZk2Pz9Lm4Nv8RbOeT1cW6d3Fy5Gs0JhQa7Yt2Ui9Op1Lme'); -- tfl-eval-not: hardcoded-credential

-- The webhook sender's shared secret, seeded so staging works out of the box.
INSERT INTO settings (key, value) VALUES ('webhook_signing_secret', 'Kba8aoSwPdT2pWZL5K3oehrOLUzpy'); -- tfl-eval: hardcoded-credential
INSERT INTO settings (key, value) VALUES ('password_min_length', '12'); -- tfl-eval-not: hardcoded-credential
