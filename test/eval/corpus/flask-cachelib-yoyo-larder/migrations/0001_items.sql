-- depends:
CREATE TABLE items (id serial PRIMARY KEY, name text NOT NULL, shelf text NOT NULL);
