<?php
return [
    'debug' => filter_var(env('DEBUG', true), FILTER_VALIDATE_BOOLEAN),
    'Security' => [
        'salt' => env('SECURITY_SALT', '__SALT__'), // tfl-eval-not: hardcoded-credential
    ],
    'Datasources' => [
        'default' => [
            'host' => 'localhost',
            'username' => 'my_app',
            'password' => 'secret', // tfl-eval-not: hardcoded-credential
            'database' => 'my_app',
        ],
    ],
];
