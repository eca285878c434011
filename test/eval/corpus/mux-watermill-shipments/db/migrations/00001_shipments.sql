-- +goose Up
CREATE TABLE shipments (id TEXT PRIMARY KEY, status TEXT NOT NULL, tracking_key TEXT);
-- +goose Down
DROP TABLE shipments;
