<?php

declare(strict_types=1);

$appEnv = $_ENV['APP_ENV'] ?? 'development';
$isProduction = $appEnv === 'production';

return [
    'displayErrorDetails' => !$isProduction,
    'db' => [
        'driver' => $isProduction ? 'pgsql' : 'sqlite', // tfl-eval: dev-prod-divergence
        'host' => $_ENV['DB_HOST'] ?? '',
        'database' => $isProduction ? ($_ENV['DB_NAME'] ?? '') : __DIR__ . '/../var/pantry.sqlite',
        'username' => $_ENV['DB_USER'] ?? '',
        'password' => $_ENV['DB_PASSWORD'] ?? '',
        'charset' => 'utf8',
        'prefix' => '',
    ],
    'queue' => [
        'driver' => $appEnv !== 'production' ? 'sync' : 'redis',
    ],
    'cache' => [
        'driver' => getenv('APP_ENV') === 'production' ? 'redis' : 'array', // tfl-eval: dev-prod-divergence
    ],
    'banner' => $isProduction ? 'Pantry' : 'Pantry (sqlite dev)',
];
