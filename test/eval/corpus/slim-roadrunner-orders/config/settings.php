<?php

declare(strict_types=1);

return [
    'db' => [
        'host' => 'mariadb-orders.brewline.internal', // tfl-eval: hardcoded-backing-service
        'database' => 'orders',
        'username' => getenv('DB_USER') ?: 'orders',
        'password' => getenv('DB_PASSWORD'),
    ],
    'logger' => [
        'name' => 'orders',
        'path' => 'php://stdout',
    ],
];
