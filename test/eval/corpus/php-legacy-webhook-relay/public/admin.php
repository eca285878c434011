<?php

$user = $_SERVER['PHP_AUTH_USER'] ?? '';
$pass = $_SERVER['PHP_AUTH_PW'] ?? ''; // tfl-eval-not: hardcoded-credential

if ($user !== 'relay-admin' || !password_verify($pass, '$2y$10$EifyfuIFLUJGNknHnUlv9h1aSkQUY7YUaP6N2DBx5NWTHQSaH1rXe')) { // tfl-eval-not: hardcoded-credential
    header('WWW-Authenticate: Basic realm="relay"');
    http_response_code(401);
    exit('Please enter the relay admin password.'); // tfl-eval-not: hardcoded-credential
}

echo '<h1>Relay status</h1>';
