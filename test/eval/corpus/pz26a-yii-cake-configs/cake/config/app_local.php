<?php

use function Cake\Core\env;

return [
    'debug' => filter_var(env('DEBUG', true), FILTER_VALIDATE_BOOLEAN),
    'Datasources' => [
        'default' => [
            'host' => 'localhost',
            'username' => env('DB_USERNAME'),
            'password' => env('DB_PASSWORD'),
            'database' => 'bookings',
            'url' => env('DATABASE_URL', null),
        ],
    ],
];
