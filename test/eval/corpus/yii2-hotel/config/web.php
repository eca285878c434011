<?php

$params = require __DIR__ . '/params.php';

$config = [
    'id' => 'hotel-booking',
    'basePath' => dirname(__DIR__),
    'bootstrap' => ['log'],
    'components' => [
        'request' => [
            'cookieValidationKey' => '6u54bxZm6UZwbcJjNX7X5vAlTVeo8MjMOv9eYJjK', // tfl-eval: hardcoded-credential
        ],
        'cache' => [
            'class' => 'yii\redis\Cache',
            'redis' => [
                'hostname' => getenv('REDIS_HOST'),
                'port' => 6379,
                'password' => 'Xr1pQG7bi1ttcaBTiRfb1vMI', // tfl-eval: hardcoded-credential
            ],
        ],
        'db' => [
            'class' => 'yii\db\Connection',
            'dsn' => 'mysql:host=' . getenv('DB_HOST') . ';dbname=hotel',
            'username' => 'hotel',
            'password' => 'Falcon$1991marlin', // tfl-eval: hardcoded-credential
            'charset' => 'utf8mb4',
        ],
        'mailer' => [
            'class' => \yii\symfonymailer\Mailer::class,
            'transport' => [
                'scheme' => 'smtps',
                'host' => 'smtp.sendgrid.net', // tfl-eval: hardcoded-backing-service
                'username' => 'apikey',
                'password' => getenv('SENDGRID_PASSWORD'), // tfl-eval-not: hardcoded-credential
                'port' => 465,
            ],
        ],
        'authClientCollection' => [
            'class' => 'yii\authclient\Collection',
            'clients' => [
                'google' => [
                    'class' => 'yii\authclient\clients\Google',
                    'clientId' => '55201948823-8bq2lq3c6n9.apps.googleusercontent.com',
                    'clientSecret' => 'GOCSPX-Vx65i5VFu4yHeJgMwRB3UdPv', // tfl-eval: hardcoded-credential
                ],
            ],
        ],
    ],
    'params' => $params,
];

return $config;
