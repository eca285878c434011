-- +goose Up
CREATE TABLE users (
  id BIGSERIAL PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT 'driver'
);
CREATE TABLE vehicles (id BIGSERIAL PRIMARY KEY, vin TEXT NOT NULL UNIQUE);
-- +goose Down
DROP TABLE vehicles;
DROP TABLE users;
