<?php

use Illuminate\Support\Str;

return [
    'default' => env('DB_CONNECTION', 'mysql'),

    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'url' => env('DATABASE_URL'),
            'host' => env('DB_HOST', '127.0.0.1'),
            'port' => env('DB_PORT', '3306'),
            'database' => env('DB_DATABASE', 'shopfront'),
            'username' => env('DB_USERNAME', 'shopfront'),
            'password' => env('DB_PASSWORD', 'Falcon0811_a9q'), // tfl-eval: hardcoded-credential
            'unix_socket' => env('DB_SOCKET', ''),
            'charset' => 'utf8mb4',
            'prefix' => '',
            'strict' => true,
        ],

        'reporting' => [
            'driver' => 'pgsql',
            'host' => env('REPORTING_DB_HOST', '127.0.0.1'),
            'database' => env('REPORTING_DB_DATABASE', 'reporting'),
            'username' => env('REPORTING_DB_USERNAME', 'forge'),
            'password' => env('REPORTING_DB_PASSWORD', ''), // tfl-eval-not: hardcoded-credential
            'sslmode' => 'prefer',
        ],
    ],

    'redis' => [
        'client' => env('REDIS_CLIENT', 'phpredis'),
        'options' => [
            'prefix' => env('REDIS_PREFIX', Str::slug(env('APP_NAME', 'laravel'), '_').'_database_'),
        ],
        'default' => [
            'host' => env('REDIS_HOST', '127.0.0.1'),
            'password' => env('REDIS_PASSWORD', null), // tfl-eval-not: hardcoded-credential
            'port' => env('REDIS_PORT', '6379'),
        ],
    ],
];
