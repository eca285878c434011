<?php

declare(strict_types=1);

return [
    'db' => [
        'driver'   => 'pdo_mysql',
        'dsn'      => getenv('GATEWAY_DB_DSN'),
        'username' => 'gateway',
        'password' => getenv('GATEWAY_DB_PASSWORD') ?: '', // tfl-eval-not: hardcoded-credential
    ],
    'authentication' => [
        'realm'    => 'api',
        'htpasswd' => 'data/htpasswd', // tfl-eval-not: hardcoded-credential
    ],
    'rate_limit' => ['window' => 60, 'max_requests' => 600],
];