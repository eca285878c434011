<?php

use Illuminate\Support\Str;

return [
    'default' => env('DB_CONNECTION', 'mysql'),
    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', '127.0.0.1'),
            'port' => env('DB_PORT', '3306'),
            'database' => env('DB_DATABASE', 'clinic'),
            'username' => env('DB_USERNAME', 'root'),
            'password' => env('DB_PASSWORD', ''), // tfl-eval-not: hardcoded-credential
            'charset' => 'utf8mb4',
        ],
        'legacy' => [
            'driver' => 'sqlsrv',
            'host' => env('LEGACY_DB_HOST', 'localhost'),
            'database' => 'praxis',
            'username' => 'praxis_ro',
            'password' => env('LEGACY_DB_PASSWORD', 'Saffron&3409quartz'), // tfl-eval: hardcoded-credential
        ],
    ],
    'redis' => [
        'client' => env('REDIS_CLIENT', 'phpredis'),
        'default' => [
            'host' => env('REDIS_HOST', '127.0.0.1'),
            'password' => env('REDIS_PASSWORD'), // tfl-eval-not: hardcoded-credential
            'port' => env('REDIS_PORT', '6379'),
        ],
    ],
];
