CREATE EXTENSION IF NOT EXISTS postgres_fdw;
CREATE SERVER payroll FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'payroll.internal', dbname 'payroll');
CREATE USER MAPPING FOR hr_app SERVER payroll OPTIONS (user 'payroll_ro', password 'a0GcZXgD5IANi7H'); -- tfl-eval: hardcoded-credential
SELECT dblink_connect('archive', 'host=archive.internal dbname=archive user=archiver password=5s1odfsKiemuYt'); -- tfl-eval: hardcoded-credential
UPDATE app_settings SET value = 'zr1imHpeYKAQ7v' WHERE key = 'smtp_password'; -- tfl-eval: hardcoded-credential
COMMENT ON COLUMN employees.password_hash IS 'bcrypt hash of the employee portal password'; -- tfl-eval-not: hardcoded-credential
