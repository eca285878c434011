<?php
define('DB_SERVER', '10.20.0.15'); // tfl-eval: hardcoded-backing-service
define('DB_USERNAME', 'guestbook');
define('DB_PASSWORD', getenv('GUESTBOOK_DB_PASSWORD'));
define('DB_NAME', 'guestbook');
define('SITE_HOST', 'guestbook.example.org');
define('SITE_TITLE', 'Guestbook');

$link = mysqli_connect(DB_SERVER, DB_USERNAME, DB_PASSWORD, DB_NAME);
if ($link === false) {
    die("ERROR: Could not connect. " . mysqli_connect_error());
}
