-- +goose Up
CREATE TABLE drivers (
    id             BIGSERIAL PRIMARY KEY,
    email          TEXT NOT NULL UNIQUE,
    password_hash  TEXT NOT NULL,
    api_token_hash TEXT,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Seed an admin whose password is set at first login (the hash matches no password).
INSERT INTO drivers (email, password_hash) VALUES ('dispatch@fleetops.example', '!');

-- +goose Down
DROP TABLE drivers;
