-- Roles for the ledger; mounted into /docker-entrypoint-initdb.d.
CREATE ROLE ledger_rw LOGIN PASSWORD '#Wt_SAjLv-bTjgZMtv22'; -- tfl-eval: hardcoded-credential
CREATE USER ledger_reporting WITH ENCRYPTED PASSWORD 'QWBBTtXYbSyi0VGrNo' NOSUPERUSER; -- tfl-eval: hardcoded-credential
CREATE ROLE ledger_readonly NOLOGIN;
GRANT ledger_readonly TO ledger_reporting;

-- Rotated by ops: the stored verifier, not the password.
ALTER ROLE ledger_batch WITH PASSWORD 'SCRAM-SHA-256$4096:il1D69f12lka/AsBfgVcIw==$6oTYhm5zzQEv/LET1vpof/e9LHuScgedpwaIfYHg1tw=:iXzWq5YDlcmfCdg7II2BJJgQLwjyTJt0MpKANalYoco='; -- tfl-eval-not: hardcoded-credential
ALTER ROLE ledger_legacy PASSWORD 'md589ba1c3f7b59ba2379da430e61b18469'; -- tfl-eval-not: hardcoded-credential

-- Set from psql: psql -v app_password="$APP_PASSWORD" -f 01-roles.sql
CREATE ROLE ledger_app LOGIN PASSWORD :'app_password'; -- tfl-eval-not: hardcoded-credential
ALTER ROLE ledger_nologin PASSWORD NULL; -- tfl-eval-not: hardcoded-credential

CREATE EXTENSION IF NOT EXISTS postgres_fdw;
CREATE SERVER legacy_ledger FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'legacy-db.internal', dbname 'ledger', port '5432');
CREATE USER MAPPING FOR ledger_rw SERVER legacy_ledger
  OPTIONS (user 'ledger_ro', password 'x0N5bCesUNdjDDnbji9yqD'); -- tfl-eval: hardcoded-credential
