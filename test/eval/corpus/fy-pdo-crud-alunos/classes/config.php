<?php
define('DB_HOSTNAME', 'localhost');
define('DB_DATABASE', 'alura_pdo');
define('DB_USERNAME', 'root');
define('DB_PASSWORD', 'Bernardo'); // tfl-eval: hardcoded-credential
define('DB_CHARSET', 'utf8mb4');
