<?php
use Cake\Cache\Engine\FileEngine;

return [
    'App' => [
        'namespace' => 'App',
        'encoding' => env('APP_ENCODING', 'UTF-8'),
        'defaultLocale' => env('APP_DEFAULT_LOCALE', 'en_US'),
    ],
    'Security' => [
        'salt' => env('SECURITY_SALT'), // tfl-eval-not: hardcoded-credential
    ],
    'Sms' => [
        'provider' => 'vonage',
        'apiKey' => env('VONAGE_API_KEY', '1c7b9e2a'), // tfl-eval: hardcoded-credential
        'apiSecret' => env('VONAGE_API_SECRET', 'Qm3xT8vLp2Rw6Zk0'), // tfl-eval: hardcoded-credential
    ],
    'Cache' => [
        'default' => ['className' => FileEngine::class, 'path' => CACHE],
    ],
];
