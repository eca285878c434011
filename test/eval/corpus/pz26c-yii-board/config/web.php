<?php

$config = [
    'id' => 'board',
    'components' => [
        'request' => [
            'cookieValidationKey' => 'secret key', // tfl-eval: hardcoded-credential
        ],
        'db' => require __DIR__ . '/db.php',
    ],
];

if (YII_ENV_DEV) {
    $config['components']['mailer']['transport']['password'] = 'copper-kettle-12'; // tfl-eval-not: hardcoded-credential
}

return $config;
