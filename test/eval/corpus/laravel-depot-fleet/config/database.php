<?php

use Illuminate\Support\Str;

return [
    'default' => env('DB_CONNECTION', 'mysql'),

    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'url' => env('DATABASE_URL'),
            'host' => env('DB_HOST', '10.0.3.12'), // tfl-eval: hardcoded-backing-service
            'port' => env('DB_PORT', '3306'),
            'database' => env('DB_DATABASE', 'depot'),
            'username' => env('DB_USERNAME', 'depot'),
            'password' => env('DB_PASSWORD', ''),
            'charset' => 'utf8mb4',
            'collation' => 'utf8mb4_unicode_ci',
            'prefix' => '',
            'strict' => true,
        ],

        'telemetry' => [
            'driver' => 'pgsql',
            'host' => env('TELEMETRY_DB_HOST', 'telemetry.cluster-c9akciq32.eu-west-1.rds.amazonaws.com'), // tfl-eval: hardcoded-backing-service
            'port' => env('TELEMETRY_DB_PORT', '5432'),
            'database' => env('TELEMETRY_DB_DATABASE', 'telemetry'),
            'username' => env('TELEMETRY_DB_USERNAME', 'depot'),
            'password' => env('TELEMETRY_DB_PASSWORD', ''),
            'schema' => 'public',
        ],

        'sqlite' => [
            'driver' => 'sqlite',
            'database' => env('DB_DATABASE', database_path('database.sqlite')),
        ],
    ],

    'migrations' => 'migrations',

    'redis' => [
        'client' => env('REDIS_CLIENT', 'phpredis'),
        'options' => [
            'cluster' => env('REDIS_CLUSTER', 'redis'),
            'prefix' => env('REDIS_PREFIX', Str::slug(env('APP_NAME', 'laravel'), '_').'_database_'),
        ],
        'default' => [
            'host' => env('REDIS_HOST', '10.0.3.20'), // tfl-eval: hardcoded-backing-service
            'password' => env('REDIS_PASSWORD'),
            'port' => env('REDIS_PORT', '6379'),
            'database' => env('REDIS_DB', '0'),
        ],
        'cache' => [
            'host' => env('REDIS_HOST', '127.0.0.1'), // tfl-eval-not: hardcoded-backing-service
            'password' => env('REDIS_PASSWORD'),
            'port' => env('REDIS_PORT', '6379'),
            'database' => env('REDIS_CACHE_DB', '1'),
        ],
    ],
];
