<?php

$params = require __DIR__ . '/params.php';
$db = require __DIR__ . '/db.php';

$config = [
    'id' => 'yii2-blog',
    'basePath' => dirname(__DIR__),
    'bootstrap' => ['log'],
    'components' => [
        'request' => [
            // !!! insert a secret key in the following (if it is empty) - this is required by cookie validation
            'cookieValidationKey' => 'vi-IqBGD5T7vTE67A6O5otEo5zgAe0NZ', // tfl-eval: hardcoded-credential
        ],
        'cache' => [
            'class' => 'yii\caching\FileCache',
        ],
        'user' => [
            'identityClass' => 'app\models\User',
            'enableAutoLogin' => true,
        ],
        'mailer' => [
            'class' => \yii\symfonymailer\Mailer::class,
            'transport' => [
                'scheme' => 'smtps',
                'host' => 'smtp.yandex.ru', // tfl-eval: hardcoded-backing-service
                'username' => 'blog@yandex.ru',
                'password' => 'jegm0fsxzydb8ajv', // tfl-eval: hardcoded-credential
                'port' => 465,
            ],
        ],
        'authClientCollection' => [
            'class' => 'yii\authclient\Collection',
            'clients' => [
                'google' => [
                    'class' => 'yii\authclient\clients\Google',
                    'clientId' => '666932838280-y7vew87ovdl93du40y1rm1gtrqumd1ks.apps.googleusercontent.com',
                    'clientSecret' => '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', // tfl-eval: hardcoded-credential
                ],
            ],
        ],
        'db' => $db,
    ],
    'params' => $params,
];

return $config;
