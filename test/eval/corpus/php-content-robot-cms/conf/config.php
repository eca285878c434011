<?php
define('DB_NAME', 'content');
define('DB_HOST', '10.105.36.14'); // tfl-eval: hardcoded-backing-service
define('DB_USER', 'content_robot');
define('DB_PWD', 'tfW4x5bY3LrCix8BmYDM'); // tfl-eval: hardcoded-credential
define('DB_PORT', '3306');

define('MYSQL_ENCODING', 'utf8mb4');
define('DEBUG_MODE', false);

//Memcache Config
define('MEM_CACHE_DEBUG', false);
define('MEM_CACHE_PORT', 11211);
define('MEM_CACHE_SERVER_IP', '10.105.36.31'); // tfl-eval: hardcoded-backing-service
define('MEM_CACHE_PREFIX', 'content_');

//Redis Config
define('REDIS_SERVER', 'redis-2.content.corp'); // tfl-eval: hardcoded-backing-service
define('REDIS_PORT', 6379);
define('REDIS_AUTH', 'BmZPIwGr5PVFShTXNYv7'); // tfl-eval: hardcoded-credential

// Crawler
define('CRAWLER_USER_AGENT', 'ContentRobot/2.1 (+https://content.example.org/bot)');
define('CRAWLER_SERVER_NAME', 'robot-01'); // tfl-eval-not: hardcoded-backing-service
define('ENCRYPT_KEY', '0c9ee7bdab06f56b3e6082432a57c54c'); // tfl-eval: hardcoded-credential
