<?php

return [
    'class' => 'yii\db\Connection',
    'dsn' => 'pgsql:host=' . getenv('DB_HOST') . ';dbname=helpdesk',
    'username' => 'helpdesk',
    'password' => getenv('DB_PASSWORD'),
    'charset' => 'utf8',
];
