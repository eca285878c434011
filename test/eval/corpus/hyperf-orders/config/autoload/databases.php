<?php

declare(strict_types=1);

use function Hyperf\Support\env;

return [
    'default' => [
        'driver' => env('DB_DRIVER', 'mysql'),
        'host' => env('DB_HOST', 'localhost'),
        'database' => env('DB_DATABASE', 'orders'),
        'port' => env('DB_PORT', 3306),
        'username' => env('DB_USERNAME', 'orders'),
        'password' => env('DB_PASSWORD', 'H7pf!orders-db'), // tfl-eval: hardcoded-credential
        'charset' => env('DB_CHARSET', 'utf8mb4'),
        'pool' => [
            'min_connections' => 1,
            'max_connections' => 32,
        ],
    ],
];
