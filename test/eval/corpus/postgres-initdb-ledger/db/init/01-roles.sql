-- Roles for the ledger service, created once when the volume is empty.
CREATE ROLE ledger_app LOGIN PASSWORD 'rwrz7yqP14tIoH'; -- tfl-eval: hardcoded-credential
CREATE ROLE ledger_readonly WITH LOGIN PASSWORD 'CMU9ogy7c8UgQ3tz' NOINHERIT; -- tfl-eval: hardcoded-credential
CREATE USER ledger_migrator WITH ENCRYPTED PASSWORD '5s1odfsKiemuXq'; -- tfl-eval: hardcoded-credential
-- Reporting signs in with a SCRAM verifier, not a password.
CREATE ROLE reporting LOGIN PASSWORD 'SCRAM-SHA-256$4096:b3BlbnNzbC1zYWx0$dGhpcyBpcyBub3QgYSByZWFsIGtleQ==:c3RvcmVkIGtleSBpcyBhIGhhc2g='; -- tfl-eval-not: hardcoded-credential
CREATE ROLE auditor NOLOGIN PASSWORD NULL; -- tfl-eval-not: hardcoded-credential
ALTER ROLE ledger_app SET statement_timeout = '15s';

GRANT CONNECT ON DATABASE ledger TO ledger_app, ledger_readonly;
GRANT USAGE ON SCHEMA public TO ledger_readonly;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO ledger_readonly;
