<?php

use Illuminate\Support\Str;

return [
    'default' => env('DB_CONNECTION', 'pgsql'),

    'connections' => [
        'pgsql' => [
            'driver' => 'pgsql',
            'url' => env('DB_URL'),
            'host' => env('DB_HOST', '127.0.0.1'), // tfl-eval-not: hardcoded-backing-service
            'port' => env('DB_PORT', '5432'),
            'database' => env('DB_DATABASE', 'venues'),
            'username' => env('DB_USERNAME', 'venues'),
            'password' => env('DB_PASSWORD', ''),
            'charset' => 'utf8',
        ],

        'reporting' => [
            'driver' => 'mysql',
            'host' => 'reporting-replica.venues.internal', // tfl-eval: hardcoded-backing-service
            'port' => 3306,
            'database' => 'reporting',
            'username' => env('REPORTING_USER'),
            'password' => env('REPORTING_PASSWORD'),
        ],
    ],

    'redis' => [
        'client' => env('REDIS_CLIENT', 'predis'),
        'default' => [
            'host' => env('REDIS_HOST', '127.0.0.1'), // tfl-eval-not: hardcoded-backing-service
            'password' => env('REDIS_PASSWORD'),
            'port' => env('REDIS_PORT', '6379'),
            'database' => env('REDIS_DB', '0'),
        ],
    ],
];
