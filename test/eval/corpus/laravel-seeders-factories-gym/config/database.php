<?php

return [
    'default' => env('DB_CONNECTION', 'mysql'),
    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', '127.0.0.1'),
            'database' => env('DB_DATABASE', 'gym'),
            'username' => env('DB_USERNAME', 'gym'),
            'password' => env('DB_PASSWORD', ''),
        ],
    ],
];
