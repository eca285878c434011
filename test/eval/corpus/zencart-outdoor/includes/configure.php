<?php
/**
 * File contains just the base store configuration (written by the installer).
 */
  define('HTTP_SERVER', 'https://www.outdoor-gear.example');
  define('HTTPS_SERVER', 'https://www.outdoor-gear.example');
  define('ENABLE_SSL', 'true');
  define('DIR_WS_CATALOG', '/');
  define('DIR_FS_CATALOG', '/var/www/outdoor/');

  define('DB_TYPE', 'mysql');
  define('DB_PREFIX', 'zen_');
  define('DB_CHARSET', 'utf8mb4');
  define('DB_SERVER', 'localhost');
  define('DB_SERVER_USERNAME', 'outdoor_zc');
  define('DB_SERVER_PASSWORD', 'tr41lHead*2019'); // tfl-eval: hardcoded-credential
  define('DB_DATABASE', 'outdoor_zc');

  define('SQL_CACHE_METHOD', 'none');
  define('SESSION_STORAGE', 'db');
