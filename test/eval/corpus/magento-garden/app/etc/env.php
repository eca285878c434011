<?php
return [
    'backend' => [
        'frontName' => 'admin_garden'
    ],
    'crypt' => [
        'key' => 'd0ce75a9d0a3792a2712ab9edf723a7a' // tfl-eval: hardcoded-credential
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'mysql.garden.internal', // tfl-eval: hardcoded-backing-service
                'dbname' => 'magento',
                'username' => 'magento',
                'password' => 'Qqzqv44#VwAW', // tfl-eval: hardcoded-credential
                'model' => 'mysql4',
                'active' => '1'
            ]
        ]
    ],
    'session' => [
        'save' => 'redis',
        'redis' => [
            'host' => 'redis.garden.internal', // tfl-eval: hardcoded-backing-service
            'password' => '', // tfl-eval-not: hardcoded-credential
        ]
    ],
];
