<?php
define('HTTP_SERVER', 'https://www.outdoor-gear.example');
define('HTTP_CATALOG_SERVER', 'https://www.outdoor-gear.example');
define('DIR_WS_ADMIN', '/admin_x7k2/');
define('DB_TYPE', 'mysql');
define('DB_PREFIX', 'zen_');
define('DB_SERVER', 'localhost');
define('DB_SERVER_USERNAME', 'outdoor_zc');
define('DB_SERVER_PASSWORD', 'tr41lHead*2019'); // tfl-eval: hardcoded-credential
define('DB_DATABASE', 'outdoor_zc');
