<?php

return [
    'class' => 'yii\db\Connection',
    'dsn' => 'mysql:host=localhost;dbname=yii2blog', // tfl-eval-not: hardcoded-backing-service (the installer's stock local host, as wp-config's)
    'username' => 'blog',
    'password' => 'Maple059!f92', // tfl-eval: hardcoded-credential
    'charset' => 'utf8mb4',
    'enableSchemaCache' => true,
];
