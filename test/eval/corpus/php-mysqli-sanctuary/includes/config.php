<?php
// Sanctuary site settings. Copy to config.local.php on the server to override.
$dbhost = getenv('DB_HOST') ?: 'localhost';
$dbuser = 'wildlife';                 // tfl-eval-not: hardcoded-credential
$dbpass = 'wildlife_password';        // tfl-eval: hardcoded-credential
$dbname = 'wildlife';

$adminPass = 'Otter-Ridge-5523';      // tfl-eval: hardcoded-credential
$validApiKey = 'XW5Y7M9iO77AhMOaZW3h'; // tfl-eval: hardcoded-credential

// Form field names used by the login page.
$passwordField = 'user_password';     // tfl-eval-not: hardcoded-credential
$validPasswordMessage = 'Password must be at least 10 characters.'; // tfl-eval-not: hardcoded-credential

if (file_exists(__DIR__ . '/config.local.php')) {
    require __DIR__ . '/config.local.php';
}
