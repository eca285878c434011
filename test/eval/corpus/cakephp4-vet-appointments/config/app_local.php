<?php
/*
 * Local configuration file to provide any overrides to your app.php configuration.
 */
return [
    'debug' => filter_var(env('DEBUG', false), FILTER_VALIDATE_BOOLEAN),

    'Security' => [
        'salt' => env('SECURITY_SALT', 'a2f6c9df0d6e3b6f61b0e5c1d0f3b5e4c8b1b7c6a3e2d9f8c4b5a6e7d8c9b0a1'), // tfl-eval: hardcoded-credential
    ],

    'Datasources' => [
        'default' => [
            'host' => 'localhost', // tfl-eval-not: hardcoded-backing-service (the installer's stock local host, as wp-config's)
            'username' => 'vetclinic',
            'password' => 'Kq7!vT2mXr9pLs4w', // tfl-eval: hardcoded-credential
            'database' => 'vetclinic',
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
            'host' => 'smtp.sendinblue.com', // tfl-eval: hardcoded-backing-service
            'port' => 587,
            'username' => 'clinic@vetappointments.example',
            'password' => 'xsmtpsib-bb443de016bb4d97b9614b87e2e912784a7e4d1da3255f2b896424e9cde96499-Ax7Qm2Lp9Rt4Vw1Z', // tfl-eval: hardcoded-credential
            'tls' => true,
        ],
    ],
];
