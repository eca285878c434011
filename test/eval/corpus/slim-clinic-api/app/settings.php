<?php

declare(strict_types=1);

return [
    'displayErrorDetails' => false,
    'db' => [
        'driver' => 'mysql',
        'host' => getenv('DB_HOST') ?: 'localhost',
        'database' => 'clinic',
        'username' => 'clinic',
        'password' => getenv('DB_PASSWORD') ?: 'Dxjyu39%9yB4', // tfl-eval: hardcoded-credential
    ],
    'jwt' => [
        'secret' => getenv('JWT_SECRET'), // tfl-eval-not: hardcoded-credential
        'algorithm' => 'HS256',
        'ttl' => 3600,
    ],
    'sms' => [
        'sid' => 'AC39bde46e019ee198618684b477a6bc6b',
        'token' => '46bd08a10e5365572bcd9cdbf885c14c', // tfl-eval: hardcoded-credential
    ],
];
