<?php

return [
    'default' => env('DB_CONNECTION', 'mysql'),

    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', 'localhost'),
            'database' => env('DB_DATABASE', 'forge'),
            'username' => env('DB_USERNAME', 'forge'),
            'password' => env('DB_PASSWORD', ''),
        ],

        // Used by the test suite only (phpunit.xml sets DB_CONNECTION=mysql_testing).
        'mysql_testing' => [
            'driver' => 'mysql',
            'host' => '127.0.0.1',  // tfl-eval-not: hardcoded-backing-service
            'database' => 'bookshelf-test',
            'username' => env('MYSQL_USER', 'bookshelf-test'),
            'password' => env('MYSQL_PASSWORD', 'bookshelf-test'),  // tfl-eval-not: hardcoded-credential
        ],
    ],
];
