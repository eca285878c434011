// SQL account examples (MySQL, PostgreSQL, Oracle, SQL Server, CQL): must report exactly the marked
// ranges. Generated values.
import type { Examples } from '../../rule';

export const sqlAccountExamples: Examples = {
  valid: [
    {
      name: 'columns named password, a bcrypt hash seeded into one, and hashed MySQL accounts',
      path: 'docker/mysql/initdb/01-schema.sql',
      code: `CREATE TABLE users (
  id INT AUTO_INCREMENT PRIMARY KEY,
  password VARCHAR(255) NOT NULL,
  password_reset_token CHAR(64) NULL
);
INSERT INTO users (email, password) VALUES ('admin@example.org', '$2a$10$Qx8LvT2kWz6Nm9Rb3Hc7PeYd5Jf1Ks0Ga4Ve8Lq2Wz6Tn3Xm7Rb');
CREATE USER 'exporter'@'%' IDENTIFIED WITH mysql_native_password AS '*3C4A7B1E9D2F6A8B0C5E1D7F3A9B2C6D4E8F0A1B';
CREATE USER 'legacy'@'%' IDENTIFIED BY PASSWORD '*3C4A7B1E9D2F6A8B0C5E1D7F3A9B2C6D4E8F0A1B';
CREATE USER 'rotated'@'%' IDENTIFIED BY RANDOM PASSWORD;
UPDATE settings SET value = 'dark' WHERE name = 'theme';
`,
    },
    {
      name: 'PostgreSQL: psql variables, stored verifiers, PASSWORD NULL, and a migration that only names secrets',
      path: 'db/init/01-roles.sql',
      code: `CREATE ROLE app LOGIN PASSWORD :'app_password';
ALTER ROLE batch WITH PASSWORD 'SCRAM-SHA-256$4096:c2FsdHNhbHQ=$c3RvcmVka2V5c3RvcmVka2V5:c2VydmVya2V5c2VydmVya2V5';
ALTER ROLE legacy PASSWORD 'md5f0e4c2f76c58916ec258f246851bea09';
ALTER ROLE nologin PASSWORD NULL;
CREATE USER ops_ext IDENTIFIED EXTERNALLY;
COMMENT ON COLUMN account.api_secret IS 'The partner secret, encrypted with the KMS key';
CREATE LOGIN [CORP\\svc-warehouse] FROM WINDOWS;
`,
    },
  ],
  invalid: [
    {
      name: 'MySQL accounts: IDENTIFIED BY, with an auth plugin, the old GRANT form and SET PASSWORD',
      path: 'docker/mysql/initdb/01-users.sql',
      code: `CREATE USER IF NOT EXISTS 'orders'@'%' IDENTIFIED BY ⟦'XiN6CJuWtqlNNOtF1f'⟧;
CREATE USER 'migrator'@'%' IDENTIFIED WITH caching_sha2_password BY ⟦"tvFwTZZwEh49KjmvvZ"⟧;
GRANT ALL PRIVILEGES ON shop.* TO 'shop'@'localhost' IDENTIFIED BY ⟦'RO8X2arRUahdoXr5EG'⟧;
SET PASSWORD FOR 'backup'@'localhost' = PASSWORD(⟦'AWWwlDU5OK3KoItpvG'⟧);
`,
      messageIncludes: ['Factor III'],
    },
    {
      name: 'PostgreSQL roles (also inside a DO body) and a foreign server user mapping',
      path: 'db/init/01-roles.sql',
      code: `CREATE USER reporting WITH ENCRYPTED PASSWORD ⟦'JQHMMJZv7fVnQW5b9I'⟧;
DO $$
BEGIN
  CREATE ROLE reconciler LOGIN PASSWORD ⟦'#JpcQbr9azfIRbpgAu7'⟧;
END
$$;
CREATE USER MAPPING FOR app SERVER legacy OPTIONS (user 'legacy_ro', password ⟦'5Cx5cZiq48VBgAXNeo'⟧);
`,
    },
    {
      name: 'Oracle (bare and quoted, a database link), SQL Server logins and CQL roles',
      path: 'sql/oracle/01_users.sql',
      code: `CREATE USER batch_app IDENTIFIED BY ⟦"drnOJdKurlmTB8LC5h"⟧;
ALTER USER batch_reader IDENTIFIED BY ⟦Tz4Kq8Wv2Lx6Nm9Rb3⟧ ACCOUNT UNLOCK;
CREATE DATABASE LINK erp CONNECT TO erp_reader IDENTIFIED BY ⟦Hq7Lx2Wz5Kv9Tn3Rm8⟧ USING 'ERPPROD';
CREATE LOGIN [loader] WITH PASSWORD = N⟦'knxCdSoZFM0DFQXUlR'⟧, CHECK_POLICY = OFF;
CREATE ROLE writer WITH PASSWORD = ⟦'Pv3Nx7Kq1Wz5Lt9Hb2'⟧ AND LOGIN = true;
CREATE MASTER KEY ENCRYPTION BY PASSWORD = ⟦'Kd8Wq3Lz6Tv1Nx9Rb4'⟧;
`,
    },
  ],
};
