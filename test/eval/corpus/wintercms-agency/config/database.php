<?php

return [
    'default' => env('DB_CONNECTION', 'mysql'),
    'connections' => [
        'mysql' => [
            'driver'     => 'mysql',
            'host'       => env('DB_HOST', 'localhost'),
            'port'       => env('DB_PORT', 3306),
            'database'   => env('DB_DATABASE', 'winter'),
            'username'   => env('DB_USERNAME', 'winter'),
            'password'   => env('DB_PASSWORD', 'W1nter-agency!'), // tfl-eval: hardcoded-credential
            'charset'    => 'utf8mb4',
            'collation'  => 'utf8mb4_unicode_ci',
            'prefix'     => '',
        ],
    ],
    'redis' => [
        'default' => [
            'host'     => env('REDIS_HOST', '127.0.0.1'),
            'password' => env('REDIS_PASSWORD', null), // tfl-eval-not: hardcoded-credential
            'port'     => env('REDIS_PORT', 6379),
        ],
    ],
];
