<?php

return [
    'settings' => [
        'displayErrorDetails' => false,
        'db' => [
            'driver' => 'mysql',
            'host' => getenv('DB_HOST'),
            'password' => getenv('DB_PASSWORD'),
        ],
        'jwt' => [
            'key' => 'XNB', // tfl-eval: hardcoded-credential
            'alg' => 'HS256', // tfl-eval-not: hardcoded-credential
            'type' => 'JWT', // tfl-eval-not: hardcoded-credential
            'header' => 'X-Token', // tfl-eval-not: hardcoded-credential
        ],
    ],
];
