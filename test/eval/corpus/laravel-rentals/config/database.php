<?php

return [
    'default' => env('DB_CONNECTION', 'mysql'),
    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', '127.0.0.1'),
            'database' => env('DB_DATABASE', 'rentals'),
            'username' => env('DB_USERNAME', 'rentals'),
            'password' => env('DB_PASSWORD', ''), // tfl-eval-not: hardcoded-credential
        ],
        'legacy' => [
            'driver' => 'sqlsrv',
            'host' => 'legacy-erp.rentals.local', // tfl-eval: hardcoded-backing-service
            'database' => 'ERP',
            'username' => 'erp_reader',
            'password' => 'Blicc69!YZtG', // tfl-eval: hardcoded-credential
        ],
        'warehouse' => [
            'driver' => 'pgsql',
            'url' => env('WAREHOUSE_URL'),
            'password' => env('WAREHOUSE_PASSWORD', 'Abtsz53%GfYe'), // tfl-eval: hardcoded-credential
        ],
    ],
    'redis' => [
        'default' => [
            'host' => env('REDIS_HOST', '127.0.0.1'),
            'password' => env('REDIS_PASSWORD'), // tfl-eval-not: hardcoded-credential
            'port' => env('REDIS_PORT', '6379'),
        ],
    ],
];
