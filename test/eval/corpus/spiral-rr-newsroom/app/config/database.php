<?php

declare(strict_types=1);

use Cycle\Database\Config;

return [
    'logger' => ['default' => null],
    'default' => 'default',
    'databases' => [
        'default' => ['driver' => env('DB_CONNECTION', 'pgsql')],
    ],
    'drivers' => [
        'pgsql' => new Config\PostgresDriverConfig(
            connection: new Config\Postgres\TcpConnectionConfig(
                database: env('DB_DATABASE', 'newsroom'),
                host: env('DB_HOST', '127.0.0.1'),
                port: (int) env('DB_PORT', 5432),
                user: env('DB_USERNAME', 'newsroom'),
                password: env('DB_PASSWORD', ''), // tfl-eval-not: hardcoded-credential
            ),
            schema: 'public',
            queryCache: true,
        ),
        'archive' => new Config\MySQLDriverConfig(
            connection: new Config\MySQL\TcpConnectionConfig(
                database: 'newsroom_archive',
                host: 'archive-db.newsroom.internal', // tfl-eval: hardcoded-backing-service
                port: 3306,
                user: 'archive_ro',
                password: 'Wz3nT8qLk5vR1pYb', // tfl-eval: hardcoded-credential
            ),
        ),
    ],
];
