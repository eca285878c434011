-- settings the admin panel edits, created with the database
INSERT INTO settings (name, value) VALUES ('site_title', 'Acme Helpdesk');
INSERT INTO settings (name, value) VALUES ('smtp_password', 'DqNngg8cVcuxl5.uKJ'); -- tfl-eval: hardcoded-credential
INSERT INTO settings (name, value) VALUES
  ('smtp_host', 'smtp.example.com'),
  ('recaptcha_secret', '6LuuakQuOQlODXrbfBiGUpXGNWpXyAb0P5qd8vjIcw'), -- tfl-eval: hardcoded-credential
  ('password_min_length', '12'); -- tfl-eval-not: hardcoded-credential
INSERT INTO app_config (config_key, config_value, updated_at) VALUES ('stripe_secret_key', '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', now()); -- tfl-eval: hardcoded-credential
UPDATE config SET value = 'jTlPrPl0Ezz4bX-MA3' WHERE name = 'ldap_bind_password'; -- tfl-eval: hardcoded-credential
UPDATE config SET value = 'Reset your password' WHERE name = 'password_reset_subject'; -- tfl-eval-not: hardcoded-credential
INSERT INTO settings (name, value) VALUES ('api_token', '') ON CONFLICT (name) DO NOTHING; -- tfl-eval-not: hardcoded-credential
