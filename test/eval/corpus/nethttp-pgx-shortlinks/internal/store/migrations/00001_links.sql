-- +goose Up
CREATE TABLE links (id BIGSERIAL PRIMARY KEY, slug TEXT NOT NULL UNIQUE, target TEXT NOT NULL);
-- +goose Down
DROP TABLE links;
