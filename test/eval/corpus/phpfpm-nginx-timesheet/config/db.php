<?php
// Database settings: every value comes from the environment the container was given.
return [
    'dsn' => getenv('DB_DSN'), // tfl-eval-not: hardcoded-backing-service
    'user' => getenv('DB_USER'),
    'password' => getenv('DB_PASSWORD'), // tfl-eval-not: hardcoded-credential
    'options' => [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION],
];
