<?php

$appEnv = env('APP_ENV', 'production');
$isProduction = $appEnv === 'production';

return [

    'default' => env('DB_CONNECTION', 'sqlite'), // tfl-eval-not: dev-prod-divergence

    'connections' => [

        'sqlite' => [
            'driver' => 'sqlite',
            'database' => env('DB_DATABASE', database_path('database.sqlite')),
            'foreign_key_constraints' => true,
        ],

        'pgsql' => [
            'driver' => 'pgsql',
            'url' => env('DB_URL'),
            'host' => env('DB_HOST', '127.0.0.1'),
            'port' => env('DB_PORT', '5432'),
            'database' => env('DB_DATABASE', 'clinicq'),
            'username' => env('DB_USERNAME', 'clinicq'),
            'password' => env('DB_PASSWORD', ''),
            'sslmode' => $isProduction ? 'require' : 'prefer', // tfl-eval-not: dev-prod-divergence
        ],

    ],

    'redis' => [

        'client' => env('REDIS_CLIENT', 'predis'),

        'default' => [
            'url' => env('REDIS_URL'),
            'host' => env('REDIS_HOST', '127.0.0.1'),
            'database' => env('REDIS_DB', '0'),
        ],

        'cache' => [
            'url' => env('REDIS_URL'),
            'host' => env('REDIS_HOST', '127.0.0.1'),
            'database' => env('REDIS_CACHE_DB', '1'),
        ],

    ],

];
