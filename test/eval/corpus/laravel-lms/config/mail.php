<?php

return [
    'default' => env('MAIL_MAILER', 'smtp'),
    'mailers' => [
        'smtp' => [
            'transport' => 'smtp',
            'host' => env('MAIL_HOST', 'smtp.mailtrap.io'),
            'port' => env('MAIL_PORT', 2525),
            'encryption' => env('MAIL_ENCRYPTION', 'tls'),
            'username' => env('MAIL_USERNAME', 'courses@lms.academy'),
            'password' => env('MAIL_PASSWORD', 'Ogoig58*4FIt'), // tfl-eval: hardcoded-credential
        ],
        'ses' => [
            'transport' => 'ses',
        ],
    ],
    'from' => [
        'address' => env('MAIL_FROM_ADDRESS', 'hello@lms.academy'),
        'name' => env('MAIL_FROM_NAME', 'LMS Academy'),
    ],
];
