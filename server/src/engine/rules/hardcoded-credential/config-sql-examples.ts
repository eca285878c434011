// SQL script examples: init scripts, seeds and migrations. Generated values, never real.
import type { Examples } from '../../rule';

export const sqlExamples: Examples = {
  valid: [
    {
      name: "a seeded user row's password as its MD5 or SHA-256 digest, and its per-row salt; Werkzeug's (Flask's) hash",
      path: 'install/setup.sql',
      code: `INSERT INTO shop.users (login, password, salt) VALUES ('admin', 'f6b0f87c66a9dc2e5a1fd0da8cf5f2cc', '7a45e576');
INSERT INTO staff (email, password_hash) VALUES ('ops@shop.example', '9c2f4e1b7a6d3c8e0f5a2b9d4c7e1f3a6b8d0c2e5f7a9b1d3c6e8f0a2b4d6c8e');
INSERT INTO user (username, password) VALUES ('test', 'pbkdf2:sha256:600000$iZ6uOpcC$776be6f832048e535673647db4adc4259c9c8f4982d28f260454d0b87c1a713c');
`,
    },
    {
      name: 'a SCRAM verifier, a role without a password, a psql variable, a MySQL hash, bcrypt hashes in a seed, a setting that is a number',
      path: 'db/init/01-roles.sql',
      code: `CREATE ROLE reporting LOGIN PASSWORD 'SCRAM-SHA-256$4096:b3BlbnNzbC1zYWx0$dGhpcyBpcyBub3QgYSByZWFsIGtleQ==:c3RvcmVkIGtleSBpcyBhIGhhc2g=';
CREATE ROLE auditor NOLOGIN PASSWORD NULL;
ALTER ROLE app PASSWORD :'app_password';
CREATE USER 'archiver'@'%' IDENTIFIED WITH mysql_native_password AS '*6C8989366EAF75BB670AD8EA7A7FC1176A95CEF4';
GRANT USAGE ON DATABASE 'password' TO app;
ALTER USER legacy IDENTIFIED BY VALUES 'S:8F2D6A1B0C9E7D5F3A2B1C0D9E8F7A6B5C4D3E2F1A0B9C8D7E6F';
CREATE USER ops IDENTIFIED EXTERNALLY;
UPDATE app_settings SET value = '25' WHERE key = 'smtp_port';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'PAYROLL', @rmtuser = N'payroll_ro', @rmtpassword = NULL;
INSERT INTO operators (email, password_hash) VALUES ('ops@example.com', '$2b$12$C6UzMDM.H6dfI/f/IKcEeO5WzFJ7t0bYqL3QH2x0xJ1cVJ8v7eK1a');
INSERT INTO settings (key, value) VALUES ('password_min_length', '12'), ('token_header', 'X-Api-Token');
SELECT id FROM users WHERE password_reset_token IS NULL;
-- CREATE USER legacy IDENTIFIED BY 'Zq8vKx2mWp4nRt6y';
`,
    },
    {
      name: 'a function body in dollar quotes and a docs placeholder',
      path: 'db/migrations/0004_rotate.sql',
      code: `CREATE FUNCTION rotate() RETURNS void AS $$ BEGIN PERFORM 1; END $$ LANGUAGE plpgsql;
ALTER USER app WITH PASSWORD 'changeme';
`,
    },
  ],
  invalid: [
    {
      name: "a seeded API token of hex digits under a token's column (a digest is only a password column's)",
      path: 'install/setup.sql',
      code: `INSERT INTO api_clients (name, api_token) VALUES ('erp', ⟦'f6b0f87c66a9dc2e5a1fd0da8cf5f2cc'⟧);
`,
    },
    {
      name: "PostgreSQL roles created and rotated with a password; MySQL users IDENTIFIED BY; SET PASSWORD; SQL Server's CREATE LOGIN",
      path: 'db/init/01-roles.sql',
      code: `CREATE ROLE ledger_app LOGIN PASSWORD ⟦'rwrz7yqP14tIoH'⟧;
CREATE USER ledger_migrator WITH ENCRYPTED PASSWORD ⟦'5s1odfsKiemuXq'⟧;
ALTER USER ledger_app WITH PASSWORD ⟦'zr1imHpeYKAQ7q'⟧;
CREATE USER IF NOT EXISTS 'legacy'@'%' IDENTIFIED BY ⟦'NOLAKEezkHrwrz8'⟧;
CREATE USER 'exporter'@'localhost' IDENTIFIED WITH mysql_native_password BY ⟦'a0GcZXgD5IANi9G'⟧;
SET PASSWORD FOR 'exporter'@'localhost' = ⟦'wijsiYkCshboiq'⟧;
CREATE LOGIN reports WITH PASSWORD = ⟦'Tz8Wq3Mn6Bv1Kc'⟧, CHECK_POLICY = OFF;
`,
    },
    {
      name: "SQL Server: a Unicode login password, a master key's password, a linked server's remote password by parameter; a settings row updated by key",
      path: 'mssql/01_logins.sql',
      code: `CREATE LOGIN [hr_reports] WITH PASSWORD = N⟦'Tz8Wq3Mn6Bv1KcRe'⟧, CHECK_POLICY = OFF;
CREATE MASTER KEY ENCRYPTION BY PASSWORD = ⟦'wijsiYkCshboipMk'⟧;
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'PAYROLL', @useself = N'False', @rmtuser = N'payroll_ro', @rmtpassword = N⟦'NOLAKEezkHrwrz9'⟧;
UPDATE app_settings SET value = ⟦'zr1imHpeYKAQ7v'⟧ WHERE key = 'smtp_password';
`,
    },
    {
      name: "Oracle's IDENTIFIED BY an identifier, bare or quoted",
      path: 'sql/create_schema.sql',
      code: `CREATE USER hr_app IDENTIFIED BY ⟦Xq2Lm9Vb4Nc7Rt⟧ DEFAULT TABLESPACE users;
ALTER USER hr_batch IDENTIFIED BY ⟦"k9Fv2Qw7Zx4Lp1"⟧;
`,
    },
    {
      name: "a seed's credential-named column, a key/value settings row, a foreign server's user mapping",
      path: 'db/seeds.sql',
      code: `INSERT INTO integrations (name, api_token) VALUES ('billing', ⟦'Hr5Yd2Jk8Pw4GsVn3Cx7Bz1Q'⟧);
INSERT INTO settings (key, value) VALUES ('webhook_signing_secret', ⟦'Kba8aoSwPdT2pWZL5K3oehrOLUzpy'⟧);
CREATE USER MAPPING FOR app SERVER legacy OPTIONS (user 'legacy_ro', password ⟦'Vn3Cx7Bz1Qa9Lw'⟧);
`,
    },
  ],
};
