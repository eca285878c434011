<?php
return [
    'backend' => [
        'frontName' => 'admin_outlet'
    ],
    'crypt' => [
        'key' => '02020f8e0b2536cd6236adfca456a1e7' // tfl-eval: hardcoded-credential
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'localhost', // tfl-eval: hardcoded-backing-service
                'dbname' => 'magento',
                'username' => 'magento',
                'password' => 'Saffron7705-9lp', // tfl-eval: hardcoded-credential
                'model' => 'mysql4',
                'engine' => 'innodb',
                'active' => '1'
            ]
        ]
    ],
    'session' => [
        'save' => 'redis',
        'redis' => [
            'host' => '127.0.0.1', // tfl-eval: hardcoded-backing-service
            'port' => '6379',
            'password' => '', // tfl-eval-not: hardcoded-credential
            'timeout' => '2.5',
        ]
    ],
    'install' => [
        'date' => 'Tue, 12 Mar 2024 09:12:44 +0000'
    ]
];
