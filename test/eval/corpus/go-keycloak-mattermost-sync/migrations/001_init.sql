-- +migrate Up
CREATE TABLE synced_users (id uuid PRIMARY KEY, username text NOT NULL, synced_at timestamptz NOT NULL);
-- +migrate Down
DROP TABLE synced_users;
