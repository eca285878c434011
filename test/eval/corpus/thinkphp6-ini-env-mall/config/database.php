<?php

return [
    // 默认使用的数据库连接配置
    'default'         => env('database.driver', 'mysql'),
    'connections'     => [
        'mysql' => [
            'type'            => env('database.type', 'mysql'),
            'hostname'        => env('database.hostname', '127.0.0.1'),
            'database'        => env('database.database', ''),
            'username'        => env('database.username', 'root'),
            'password'        => env('database.password', ''), // tfl-eval-not: hardcoded-credential
            'hostport'        => env('database.hostport', '3306'),
            'charset'         => env('database.charset', 'utf8'),
            'prefix'          => env('database.prefix', ''),
        ],
        'archive' => [
            'type'            => 'mysql',
            'hostname'        => env('archive.hostname', '127.0.0.1'),
            'username'        => 'archive_ro',
            'password'        => env('archive.password', 'Ar7qLm2xRt9Vz3'), // tfl-eval: hardcoded-credential
        ],
    ],
];
