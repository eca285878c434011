<?php
return [
    'components' => [
        'db' => [
            'class' => 'yii\db\Connection',
            'dsn' => 'mysql:host=localhost;dbname=bazaar', // tfl-eval: hardcoded-backing-service
            'username' => 'bazaar',
            'password' => 'bazaar', // tfl-eval-not: hardcoded-credential
            'charset' => 'utf8',
        ],
    ],
];
