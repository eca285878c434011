-- Legacy installer: run as root from install.php.
CREATE DATABASE shop DEFAULT CHARACTER SET utf8;
GRANT ALL PRIVILEGES ON shop.* TO 'shop'@'localhost' IDENTIFIED BY '30HK*-RWlAteVq'; -- tfl-eval: hardcoded-credential
SET PASSWORD FOR 'shop_backup'@'localhost' = PASSWORD('2tluGL3bzpspsKsd'); -- tfl-eval: hardcoded-credential
FLUSH PRIVILEGES;

CREATE TABLE shop.users (
  id INT AUTO_INCREMENT PRIMARY KEY,
  login VARCHAR(64) NOT NULL,
  password CHAR(32) NOT NULL, -- tfl-eval-not: hardcoded-credential
  salt CHAR(8) NOT NULL -- tfl-eval-not: hardcoded-credential
);
INSERT INTO shop.users (login, password, salt) VALUES ('admin', 'f6b0f87c66a9dc2e5a1fd0da8cf5f2cc', '7a45e576'); -- tfl-eval-not: hardcoded-credential
