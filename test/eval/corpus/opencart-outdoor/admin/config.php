<?php
// APPLICATION
define('APPLICATION', 'Admin');

// HTTP
define('HTTP_SERVER', 'https://shop.trailhead-outdoor.example/admin/');
define('HTTP_CATALOG', 'https://shop.trailhead-outdoor.example/');

// DB
define('DB_DRIVER', 'mysqli');
define('DB_HOSTNAME', 'localhost');
define('DB_USERNAME', 'oc_trailhead');
define('DB_PASSWORD', 'Granite^Pass^4471'); // tfl-eval: hardcoded-credential
define('DB_DATABASE', 'opencart');
define('DB_PREFIX', 'oc_');

// OpenCart API
define('OPENCART_SERVER', 'https://www.opencart.com/');
