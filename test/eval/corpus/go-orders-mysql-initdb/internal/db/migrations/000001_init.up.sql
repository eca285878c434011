CREATE TABLE customers (
  id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  email VARCHAR(255) NOT NULL UNIQUE,
  password_hash VARCHAR(255) NOT NULL, -- tfl-eval-not: hardcoded-credential
  password_reset_token VARCHAR(64) NULL, -- tfl-eval-not: hardcoded-credential
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE api_keys (
  id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  customer_id BIGINT UNSIGNED NOT NULL,
  token_sha256 CHAR(64) NOT NULL, -- tfl-eval-not: hardcoded-credential
  FOREIGN KEY (customer_id) REFERENCES customers(id)
);

-- The first admin; the hash is bcrypt of a throwaway password, changed on first login.
INSERT INTO customers (email, password_hash) VALUES ('admin@orders.example', '$2a$10$cs2XsISDKJjej9rAD3P2Pa5Itcv66iAVSb1OXPBjfApny7rkF06yI'); -- tfl-eval-not: hardcoded-credential
