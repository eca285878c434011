-- +migrate Up
CREATE TABLE books (id BIGSERIAL PRIMARY KEY, owner_id BIGINT NOT NULL, title TEXT NOT NULL, author TEXT, read_at TIMESTAMPTZ);
-- +migrate Down
DROP TABLE books;
