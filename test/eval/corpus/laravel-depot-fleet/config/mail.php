<?php

return [
    'default' => env('MAIL_MAILER', 'smtp'),

    'mailers' => [
        'smtp' => [
            'transport' => 'smtp',
            'host' => env('MAIL_HOST', 'smtp.mailgun.org'), // tfl-eval-not: hardcoded-backing-service
            'port' => env('MAIL_PORT', 587),
            'encryption' => env('MAIL_ENCRYPTION', 'tls'),
            'username' => env('MAIL_USERNAME'),
            'password' => env('MAIL_PASSWORD'),
            'timeout' => null,
        ],
        'relay' => [
            'transport' => 'smtp',
            'host' => env('RELAY_MAIL_HOST', '192.168.40.25'), // tfl-eval: hardcoded-backing-service
            'port' => env('RELAY_MAIL_PORT', 25),
        ],
        'log' => [
            'transport' => 'log',
            'channel' => env('MAIL_LOG_CHANNEL'),
        ],
    ],

    'from' => [
        'address' => env('MAIL_FROM_ADDRESS', 'dispatch@depot.example.com'),
        'name' => env('MAIL_FROM_NAME', 'Depot Dispatch'),
    ],
];
