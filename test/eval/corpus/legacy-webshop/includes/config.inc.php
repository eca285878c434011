<?php
// Shop configuration
$db_host = 'localhost'; // tfl-eval: hardcoded-backing-service
$db_user = 'webshop';
$db_pass = 'marlin91$'; // tfl-eval: hardcoded-credential
$db_name = 'webshop';

$paypal_api_username = 'payments_api1.webshop.example';
$paypal_api_password = 'DKAU2IVix5gGM05dzpHDLxON'; // tfl-eval: hardcoded-credential
$paypal_api_signature = '3F6MV9PXEcAJsygwuXQrnctSYqQIfovwWXjXuVwL'; // tfl-eval: hardcoded-credential
$paypal_sandbox = false;

define('SMTP_USER', 'orders@webshop.example');
define('SMTP_PASS', 'Cobalt&1431saffron'); // tfl-eval: hardcoded-credential
define('MIN_PASSWORD_LENGTH', 8); // tfl-eval-not: hardcoded-credential

$link = mysqli_connect($db_host, $db_user, $db_pass, $db_name);
if (!$link) {
    die('Database connection failed');
}
