-- Local development data. Password for every driver: "driver-dev-password".
INSERT INTO drivers (email, password_hash) VALUES
  ('ana@fleetops.test', '$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3ZkT8JdN0rQ0lq8XK7nS9xK'),
  ('ben@fleetops.test', '$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3ZkT8JdN0rQ0lq8XK7nS9xK');
