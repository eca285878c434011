<?php
/*
 * Local configuration file to provide any overrides to your app.php configuration.
 */

use Cake\Database\Connection;

return [
    'debug' => filter_var(env('DEBUG', false), FILTER_VALIDATE_BOOLEAN),

    'Security' => [
        'salt' => env('SECURITY_SALT'), // tfl-eval-not: hardcoded-credential
    ],

    'Datasources' => [
        'default' => [
            'className' => Connection::class,
            'host' => 'library-mysql.cz81kq3w.eu-central-1.rds.amazonaws.com', // tfl-eval: hardcoded-backing-service
            'username' => 'library',
            'password' => env('DB_PASSWORD'), // tfl-eval-not: hardcoded-credential
            'database' => 'library',
        ],
        'reporting' => [
            'className' => Connection::class,
            'host' => '10.2.8.41', // tfl-eval: hardcoded-backing-service
            'username' => 'reports_ro',
            'password' => env('REPORTS_DB_PASSWORD'), // tfl-eval-not: hardcoded-credential
            'database' => 'library',
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
            'host' => 'mail-relay.library.corp', // tfl-eval: hardcoded-backing-service
            'port' => 25,
            'username' => null,
            'password' => null, // tfl-eval-not: hardcoded-credential
            'client' => null,
        ],
    ],

    'Cache' => [
        'default' => [
            'className' => 'Redis',
            'server' => '10.2.8.50', // tfl-eval: hardcoded-backing-service
            'port' => 6379,
        ],
    ],
];
