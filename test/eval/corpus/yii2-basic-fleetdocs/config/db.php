<?php

return [
    'class' => 'yii\db\Connection',
    'dsn' => getenv('DB_DSN'), // tfl-eval-not: hardcoded-backing-service
    'username' => getenv('DB_USER'),
    'password' => getenv('DB_PASSWORD'), // tfl-eval-not: hardcoded-credential
    'charset' => 'utf8mb4',
];
