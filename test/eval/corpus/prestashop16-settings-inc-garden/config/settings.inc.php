<?php
define('_DB_SERVER_', 'db-ps.internal'); // tfl-eval: hardcoded-backing-service
define('_DB_NAME_', 'garden_ps');
define('_DB_USER_', 'garden_ps');
define('_DB_PASSWD_', 'DyjDh1lCep3XuFT4'); // tfl-eval: hardcoded-credential
define('_DB_PREFIX_', 'ps_');
define('_MYSQL_ENGINE_', 'InnoDB');
define('_PS_CACHING_SYSTEM_', 'CacheMemcache');
define('_PS_CACHE_ENABLED_', '0');
define('_COOKIE_KEY_', 'PagtuoQywx89EfyT9cbocrwJ01WwoE31wiTmAkUC238ltOLPhMJMcedN'); // tfl-eval: hardcoded-credential
define('_COOKIE_IV_', 'XYBedcBE'); // tfl-eval-not: hardcoded-credential (an IV travels with the data)
define('_PS_CREATION_DATE_', '2016-04-11');
if (!defined('_PS_VERSION_'))
    define('_PS_VERSION_', '1.6.1.24');
define('_RIJNDAEL_KEY_', 'sJ21zCXmpGr0jXcu0ySDYQV7Xk9X4c6J'); // tfl-eval: hardcoded-credential
define('_RIJNDAEL_IV_', 'f2Wq8Ife2mmQaxkqvxjJcL=='); // tfl-eval-not: hardcoded-credential
