-- migrate:up
CREATE TABLE photos (id TEXT PRIMARY KEY, title TEXT, taken_at TIMESTAMPTZ);

-- migrate:down
DROP TABLE photos;
