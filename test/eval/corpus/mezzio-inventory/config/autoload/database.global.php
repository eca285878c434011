<?php

declare(strict_types=1);

return [
    'db' => [
        'driver'   => 'Pdo_Mysql',
        'hostname' => 'mysql-inventory.northwind.internal', // tfl-eval: hardcoded-backing-service
        'database' => 'inventory',
        'username' => getenv('DB_USER'),
        'password' => getenv('DB_PASSWORD'),
        'charset'  => 'utf8mb4',
    ],
];
