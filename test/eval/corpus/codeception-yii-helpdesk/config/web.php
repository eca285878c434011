<?php

return [
    'id' => 'helpdesk',
    'basePath' => dirname(__DIR__),
    'components' => [
        'request' => [
            'cookieValidationKey' => 'tXOMFxwJGXnKnizqVEF2j4Y4', // tfl-eval: hardcoded-credential
        ],
        'db' => require __DIR__ . '/db.php',
    ],
];
