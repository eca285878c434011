<?php

declare(strict_types=1);

use function Hyperf\Support\env;

return [
    'default' => [
        'driver' => env('DB_DRIVER', 'mysql'),
        'host' => env('DB_HOST', 'localhost'),
        'database' => env('DB_DATABASE', 'coupons'),
        'port' => env('DB_PORT', 3306),
        'username' => env('DB_USERNAME', 'root'),
        'password' => env('DB_PASSWORD', ''),
        'charset' => 'utf8mb4',
        'pool' => ['min_connections' => 1, 'max_connections' => (int) env('DB_MAX_CONNECTIONS', 10)],
    ],
    // The legacy promotions schema lives on the old box until it is migrated.
    'legacy' => [
        'driver' => 'mysql',
        'host' => '192.168.10.21', // tfl-eval: hardcoded-backing-service
        'database' => 'promotions',
        'username' => env('LEGACY_DB_USER', 'promotions'),
        'password' => env('LEGACY_DB_PASSWORD', ''),
    ],
];
