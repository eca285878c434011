<?php

return [
    'class' => 'yii\db\Connection',
    'dsn' => 'mysql:host=localhost;dbname=yii2blog', // tfl-eval: hardcoded-backing-service
    'username' => 'blog',
    'password' => 'Maple059!f92', // tfl-eval: hardcoded-credential
    'charset' => 'utf8mb4',
    'enableSchemaCache' => true,
];
