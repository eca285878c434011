-- nightly schema dump
CREATE TABLE users (id serial primary key, email text not null, password_digest text not null);
INSERT INTO settings (name, value) VALUES ('password_min_length', '12');
