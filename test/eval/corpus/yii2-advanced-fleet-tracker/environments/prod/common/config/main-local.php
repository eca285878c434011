<?php

return [
    'components' => [
        'db' => [
            'class' => \yii\db\Connection::class,
            'dsn' => 'pgsql:host=' . getenv('DB_HOST') . ';dbname=fleet',
            'username' => getenv('DB_USER'),
            'password' => getenv('DB_PASSWORD'), // tfl-eval-not: hardcoded-credential
            'charset' => 'utf8',
        ],
    ],
];
