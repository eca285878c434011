<?php
return [
    'debug' => filter_var(env('DEBUG', false), FILTER_VALIDATE_BOOLEAN),
    'Security' => [
        'salt' => env('SECURITY_SALT', 'afd6cb6302484b28a20ee1ea9637cc93e57ddeda32b209320972aaa0b7d99452'), // tfl-eval: hardcoded-credential
    ],
    'Datasources' => [
        'default' => [
            'host' => 'localhost', // tfl-eval-not: hardcoded-backing-service (the installer's stock local host, as wp-config's)
            'username' => 'library',
            'password' => 'Bqdfx06%y2hm', // tfl-eval: hardcoded-credential
            'database' => 'library',
            'url' => env('DATABASE_URL', null),
        ],
        'test' => [
            'host' => 'localhost',
            'username' => 'my_app',
            'password' => 'secret', // tfl-eval-not: hardcoded-credential
            'database' => 'test_myapp',
        ],
    ],
    'EmailTransport' => [
        'default' => [
            'host' => 'localhost', // tfl-eval-not: hardcoded-backing-service (the installer's stock local host, as wp-config's)
            'port' => 25,
            'username' => null,
            'password' => null, // tfl-eval-not: hardcoded-credential
        ],
    ],
];
