CREATE TABLE episodes (
    id TEXT PRIMARY KEY,
    feed_id TEXT NOT NULL,
    title TEXT NOT NULL,
    audio_url TEXT NOT NULL,
    published_at TIMESTAMPTZ NOT NULL
);
