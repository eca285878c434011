<?php
return [
    'default' => 'mysql',
    'connections' => [
        'mysql' => [
            'driver'      => 'mysql',
            'host'        => getenv('DB_HOST') ?: '127.0.0.1',
            'port'        => getenv('DB_PORT') ?: 3306,
            'database'    => getenv('DB_DATABASE') ?: 'rota',
            'username'    => getenv('DB_USERNAME') ?: 'rota',
            'password'    => getenv('DB_PASSWORD') ?: '', // tfl-eval-not: hardcoded-credential
            'unix_socket' => '',
            'charset'     => 'utf8mb4',
            'collation'   => 'utf8mb4_unicode_ci',
            'prefix'      => '',
            'strict'      => true,
            'engine'      => null,
        ],
        'archive' => [
            'driver'   => 'pgsql',
            'host'     => getenv('ARCHIVE_HOST'),
            'database' => 'rota_archive',
            'username' => 'archive_rw',
            'password' => getenv('ARCHIVE_PASSWORD') ?: 'PLMxU0XDF1x6mUS9', // tfl-eval: hardcoded-credential
        ],
    ],
];
