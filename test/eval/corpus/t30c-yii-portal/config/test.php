<?php
return [
    'id' => 'portal-tests',
    'components' => [
        'request' => [
            'cookieValidationKey' => 'test', // tfl-eval-not: hardcoded-credential
        ],
    ],
];
