<?php

$params = require __DIR__ . '/params.php';
$db = require __DIR__ . '/db.php';

$config = [
    'id' => 'fleetdocs',
    'basePath' => dirname(__DIR__),
    'bootstrap' => ['log'],
    'components' => [
        'request' => [
            'cookieValidationKey' => getenv('COOKIE_VALIDATION_KEY'), // tfl-eval-not: hardcoded-credential
        ],
        'cache' => [
            'class' => 'yii\caching\FileCache', // tfl-eval-not: memory-session-store
        ],
        'session' => [
            'class' => 'yii\web\Session',
            'savePath' => '@runtime/sessions', // tfl-eval: memory-session-store
            'timeout' => 28800,
        ],
        'user' => [
            'identityClass' => 'app\models\User',
            'enableAutoLogin' => true,
        ],
        'log' => [
            'traceLevel' => YII_DEBUG ? 3 : 0,
            'targets' => [
                [
                    'class' => 'yii\log\FileTarget', // tfl-eval: file-logger
                    'levels' => ['error', 'warning'],
                ],
            ],
        ],
        'db' => $db,
        'storage' => [
            'class' => 'app\components\Storage',
        ],
    ],
    'params' => $params,
];

return $config;
