<?php
// Site settings for the parish newsletter.
define('SITE_NAME', 'St. Brendan Newsletter');
define('DB_HOST', '10.0.0.5'); // tfl-eval: hardcoded-backing-service
define('DB_NAME', getenv('DB_NAME') ?: 'newsletter');
define('DB_USER', getenv('DB_USER'));
define('DB_PASS', getenv('DB_PASS'));
define('SUPPORT_URL', 'https://help.example.org/newsletter'); // tfl-eval-not: hardcoded-backing-service
