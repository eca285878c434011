<?php

return [
    'name' => getenv('APP_NAME') ?: 'Kiosk',
    'jwt_secret' => getenv('JWT_SECRET') ?: '13515793372c007f97d0c756f4cb12cc', // tfl-eval: hardcoded-credential
    'hmac_key' => $_ENV['HMAC_KEY'] ?? 'ncj_u2kuvtcdHbef8x', // tfl-eval: hardcoded-credential
    'db' => [
        'dsn' => 'mysql:unix_socket=/var/run/mysqld/mysqld.sock;dbname=kiosk', // tfl-eval-not: hardcoded-credential
        'user' => $_ENV['DB_USER'] ?? 'kiosk',
        'password' => $_SERVER['DB_PASSWORD'] ?? 'hz2iMTypeHmv8rQX', // tfl-eval: hardcoded-credential
    ],
    'redis' => getenv('REDIS_URL') ?: 'tcp://127.0.0.1:6379', // tfl-eval-not: hardcoded-credential
    'api_key' => getenv('API_KEY'), // tfl-eval-not: hardcoded-credential
    'kiosk' => [
        'pin' => '62039', // tfl-eval: hardcoded-credential
        'pin_length' => 6, // tfl-eval-not: hardcoded-credential
        'max_pin_attempts' => 3, // tfl-eval-not: hardcoded-credential
        'pinned' => true,
        'version' => '2.4.1',
        'otp_secret' => '90817263', // tfl-eval: hardcoded-credential
    ],
];
