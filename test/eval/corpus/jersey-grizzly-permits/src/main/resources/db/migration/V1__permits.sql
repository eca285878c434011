CREATE TABLE permit (id UUID PRIMARY KEY, holder TEXT NOT NULL, api_key_hash TEXT);
