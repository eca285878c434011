-- Accounts for the services; run once by the MySQL image on first start.
CREATE DATABASE IF NOT EXISTS orders CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE USER IF NOT EXISTS 'orders_api'@'%' IDENTIFIED BY 'j7sPSwi6FwmTCS^jeO'; -- tfl-eval: hardcoded-credential
GRANT SELECT, INSERT, UPDATE, DELETE ON orders.* TO 'orders_api'@'%';

CREATE USER 'orders_migrator'@'%'
  IDENTIFIED WITH caching_sha2_password BY 'zp2lBZdZCG6NsK7FSNvN'; -- tfl-eval: hardcoded-credential
GRANT ALL PRIVILEGES ON orders.* TO 'orders_migrator'@'%';

-- The exporter's account: the password is the hash mysql_native_password stores, set by ops.
CREATE USER 'exporter'@'%' IDENTIFIED WITH mysql_native_password AS '*FBA6C8D1E4D19867462CED1FBE7A67E156E43989'; -- tfl-eval-not: hardcoded-credential
GRANT PROCESS, REPLICATION CLIENT ON *.* TO 'exporter'@'%';

FLUSH PRIVILEGES;
