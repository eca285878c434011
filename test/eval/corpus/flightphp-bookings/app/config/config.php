<?php

return [
    'database' => [
        'dbname'   => 'bookings',
        'user'     => 'bookings',
        'password' => getenv('DB_PASSWORD'), // tfl-eval-not: hardcoded-credential
    ],
    'recaptcha' => [
        'site_key'   => '6LcxrScYjp1K1GR-PEbi4KV7dBuYEFsvF9JfzKvO', // tfl-eval-not: hardcoded-credential
        'secret_key' => '6LcFSeXNE4zcGjp6582xhGLX58WwIdI60e4f3Yi7', // tfl-eval: hardcoded-credential
    ],
    'session' => [
        'name'     => 'bookings_sid',
        'lifetime' => 7200,
    ],
];