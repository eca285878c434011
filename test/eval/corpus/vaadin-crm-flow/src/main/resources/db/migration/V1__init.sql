CREATE TABLE company (id BIGSERIAL PRIMARY KEY, name VARCHAR(255) NOT NULL);
CREATE TABLE status (id BIGSERIAL PRIMARY KEY, name VARCHAR(64) NOT NULL);
CREATE TABLE contact (
  id BIGSERIAL PRIMARY KEY,
  first_name VARCHAR(255) NOT NULL,
  last_name VARCHAR(255) NOT NULL,
  email VARCHAR(255) NOT NULL,
  company_id BIGINT REFERENCES company(id),
  status_id BIGINT REFERENCES status(id)
);
CREATE TABLE app_user (
  id BIGSERIAL PRIMARY KEY,
  username VARCHAR(64) UNIQUE NOT NULL,
  password_hash VARCHAR(100) NOT NULL,
  role VARCHAR(32) NOT NULL
);
INSERT INTO status (name) VALUES ('Imported lead'), ('Not contacted'), ('Contacted'), ('Customer'), ('Closed (lost)');
