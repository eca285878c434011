<?php
return [
    'components' => [
        'db' => [
            'dsn' => 'mysql:host=localhost;dbname=market_test',
            'username' => 'market',
            'password' => 'Qm7vT2pLw9Xc', // tfl-eval-not: hardcoded-credential
        ],
    ],
];
