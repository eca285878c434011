CREATE TABLE events (id TEXT PRIMARY KEY, title TEXT NOT NULL, starts_at TIMESTAMPTZ NOT NULL);
CREATE TABLE guests (id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL);
CREATE TABLE rsvps (event_id TEXT REFERENCES events(id), guest_id TEXT REFERENCES guests(id), answer TEXT NOT NULL, PRIMARY KEY (event_id, guest_id));
