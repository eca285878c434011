<?php

return [
    'displayErrorDetails' => false,
    'db' => [
        'dsn' => getenv('DB_DSN'),
        'user' => getenv('DB_USER'),
        'pass' => getenv('DB_PASS'),
    ],
    'jwt' => [
        'secret' => 'bookings_api_jwt_secret', // tfl-eval: hardcoded-credential
        'algorithm' => 'HS256',
        'ttl' => 3600,
    ],
];
