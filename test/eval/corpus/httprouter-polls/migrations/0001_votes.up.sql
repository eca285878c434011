CREATE TABLE votes (id serial PRIMARY KEY, poll_id int NOT NULL, choice int NOT NULL, cast_at timestamptz DEFAULT now());
