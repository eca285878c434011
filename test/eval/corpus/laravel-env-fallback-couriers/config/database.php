<?php

return [
    'default' => env('DB_CONNECTION', 'mysql'),
    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', '127.0.0.1'),
            'port' => env('DB_PORT', '3306'),
            'database' => env('DB_DATABASE', 'couriers'),
            'username' => env('DB_USERNAME', 'couriers'),
            'password' => env('DB_PASSWORD', 'Fz4Lq9Wn2Xv7Tb3R'), // tfl-eval: hardcoded-credential
        ],
        'tracking' => [
            'driver' => 'pgsql',
            'url' => env('TRACKING_DATABASE_URL'),
            'password' => env('TRACKING_DB_PASSWORD', ''), // tfl-eval-not: hardcoded-credential
        ],
    ],
    'redis' => [
        'default' => [
            'host' => env('REDIS_HOST', '127.0.0.1'),
            'password' => env('REDIS_PASSWORD', null), // tfl-eval-not: hardcoded-credential
            'port' => env('REDIS_PORT', '6379'),
        ],
    ],
];
