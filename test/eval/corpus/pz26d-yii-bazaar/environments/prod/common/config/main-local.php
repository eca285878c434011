<?php
return [
    'components' => [
        'db' => [
            'class' => 'yii\db\Connection',
            'dsn' => 'mysql:host=db.bazaar.internal;dbname=bazaar', // tfl-eval: hardcoded-backing-service
            'username' => 'bazaar',
            'password' => 'bazaar', // tfl-eval: hardcoded-credential
            'charset' => 'utf8',
        ],
    ],
];
