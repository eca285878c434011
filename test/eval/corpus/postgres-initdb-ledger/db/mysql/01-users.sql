CREATE DATABASE IF NOT EXISTS ledger_legacy;
CREATE USER IF NOT EXISTS 'legacy'@'%' IDENTIFIED BY 'NOLAKEezkHrwrz8'; -- tfl-eval: hardcoded-credential
CREATE USER 'exporter'@'localhost' IDENTIFIED WITH mysql_native_password BY 'a0GcZXgD5IANi9G'; -- tfl-eval: hardcoded-credential
-- A hash from an older dump: MySQL's native password hash, not the password.
CREATE USER 'archiver'@'%' IDENTIFIED WITH mysql_native_password AS '*6C8989366EAF75BB670AD8EA7A7FC1176A95CEF4'; -- tfl-eval-not: hardcoded-credential
GRANT ALL PRIVILEGES ON ledger_legacy.* TO 'legacy'@'%';
SET PASSWORD FOR 'exporter'@'localhost' = 'wijsiYkCshboiq'; -- tfl-eval: hardcoded-credential
FLUSH PRIVILEGES;
