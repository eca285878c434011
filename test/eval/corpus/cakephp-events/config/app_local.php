<?php
/*
 * Local configuration file to provide any overrides to your app.php configuration.
 */
return [
    'debug' => filter_var(env('DEBUG', false), FILTER_VALIDATE_BOOLEAN),

    'Security' => [
        'salt' => env('SECURITY_SALT', '866bf31adc9b832db4435bf40fc19cbc023abfa37358e0772846e31b33ea04f1'), // tfl-eval: hardcoded-credential
    ],

    'Datasources' => [
        'default' => [
            'host' => 'localhost', // tfl-eval-not: hardcoded-backing-service (the installer's stock local host, as wp-config's)
            'username' => 'events',
            'password' => 'Harbor5321%r9g', // tfl-eval: hardcoded-credential
            'database' => 'events',
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
            'host' => 'email-smtp.eu-west-1.amazonaws.com', // tfl-eval: hardcoded-backing-service
            'port' => 587,
            'username' => 'AKIAO5HW3SYW5DLOA2JZ', // tfl-eval: hardcoded-credential
            'password' => 'iFcw+mUdr8Aq6oFwqmF/Yn6RO3lxy5ksrFEeKwg0KHKA', // tfl-eval: hardcoded-credential
            'tls' => true,
        ],
    ],
];
