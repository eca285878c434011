<?php
return [
    'Security' => [
        'salt' => env('SECURITY_SALT', '__SALT__'), // tfl-eval-not: hardcoded-credential
    ],
    'Datasources' => [
        'default' => [
            'username' => 'my_app',
            'password' => 'secret', // tfl-eval-not: hardcoded-credential
        ],
    ],
];
