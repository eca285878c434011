-- Schema and reference data the shop's database starts with.
CREATE TABLE users (
    id SERIAL PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    api_token TEXT
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

INSERT INTO settings (key, value) VALUES ('password_min_length', '12');
INSERT INTO settings (key, value) VALUES ('token_ttl_seconds', '3600');
INSERT INTO settings (key, value) VALUES ('password_reset_subject', 'Reset your password');
