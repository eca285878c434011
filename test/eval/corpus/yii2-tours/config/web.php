<?php

$params = require __DIR__ . '/params.php';

$config = [
    'id' => 'tours',
    'components' => [
        'request' => [
            'cookieValidationKey' => 'cTCvZkrxBpDxI7idPEKwmoNnGWzveSp1', // tfl-eval: hardcoded-credential
        ],
        'mailer' => [
            'class' => \yii\symfonymailer\Mailer::class,
            'transport' => [
                'scheme' => 'smtps',
                'host' => 'smtp.tours.travel', // tfl-eval: hardcoded-backing-service
                'username' => 'bookings@tours.travel',
                'password' => 'Sngki43*dhkI', // tfl-eval: hardcoded-credential
                'port' => 465,
            ],
        ],
        'authClientCollection' => [
            'class' => 'yii\authclient\Collection',
            'clients' => [
                'facebook' => [
                    'class' => 'yii\authclient\clients\Facebook',
                    'clientId' => '284719305521847',
                    'clientSecret' => 'bbbe2ad48470fab6743e148f510df23e', // tfl-eval: hardcoded-credential
                ],
            ],
        ],
    ],
    'params' => $params,
];

return $config;
