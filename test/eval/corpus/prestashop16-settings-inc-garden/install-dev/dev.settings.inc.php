<?php
// Settings the installer writes on a developer's laptop (docker-compose up).
define('_DB_SERVER_', 'mysql');
define('_DB_NAME_', 'prestashop');
define('_DB_USER_', 'root');
define('_DB_PASSWD_', 'admin'); // tfl-eval: hardcoded-credential
define('_COOKIE_KEY_', getenv('PS_COOKIE_KEY')); // tfl-eval-not: hardcoded-credential
