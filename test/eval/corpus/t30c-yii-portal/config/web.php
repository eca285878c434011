<?php

$params = require __DIR__ . '/params.php';

$config = [
    'id' => 'portal',
    'basePath' => dirname(__DIR__),
    'components' => [
        'request' => [
            // !!! insert a secret key in the following (if it is empty) - this is required by cookie validation
            'cookieValidationKey' => 'harborPortal2021', // tfl-eval: hardcoded-credential
        ],
        'cache' => [
            'class' => 'yii\caching\FileCache',
        ],
        'user' => [
            'identityClass' => 'app\models\User',
            'enableAutoLogin' => true,
        ],
    ],
    'params' => $params,
];

return $config;
