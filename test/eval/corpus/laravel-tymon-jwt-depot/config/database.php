<?php

use Illuminate\Support\Str;

return [
    'default' => env('DB_CONNECTION', 'sqlsrv'),

    'connections' => [
        'sqlsrv' => [
            'driver' => 'sqlsrv',
            'url' => env('DATABASE_URL'),
            'host' => env('DB_HOST', 'localhost'),
            'port' => env('DB_PORT', '1433'),
            'database' => env('DB_DATABASE', 'depot'),
            'username' => env('DB_USERNAME', 'depot_app'),
            'password' => env('DB_PASSWORD', ''), // tfl-eval-not: hardcoded-credential
            'charset' => 'utf8',
            'prefix' => '',
            'prefix_indexes' => true,
        ],

        'legacy_erp' => [
            'driver' => 'sqlsrv',
            'host' => env('ERP_DB_HOST', '127.0.0.1'),
            'database' => 'ERP_DEPOT',
            'username' => env('ERP_DB_USERNAME', 'erp_reader'),
            'password' => env('ERP_DB_PASSWORD', 'wS2MEtckNNBd!'), // tfl-eval: hardcoded-credential
        ],
    ],

    'redis' => [
        'client' => env('REDIS_CLIENT', 'phpredis'),
        'options' => [
            'prefix' => env('REDIS_PREFIX', Str::slug(env('APP_NAME', 'laravel'), '_').'_database_'),
        ],
        'default' => [
            'host' => env('REDIS_HOST', '127.0.0.1'),
            'password' => env('REDIS_PASSWORD'), // tfl-eval-not: hardcoded-credential
            'port' => env('REDIS_PORT', '6379'),
        ],
    ],
];
