<?php

return [

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'), // tfl-eval-not: hardcoded-credential
    ],

    'ses' => [
        'key' => env('AWS_ACCESS_KEY_ID'),
        'secret' => env('AWS_SECRET_ACCESS_KEY'), // tfl-eval-not: hardcoded-credential
        'region' => env('AWS_DEFAULT_REGION', 'us-east-1'),
    ],

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN', 'mg.partnerhub.example'),
        'secret' => env('MAILGUN_SECRET', '53dfc3335b8a754544133466359a4dc7-08107f45-f1acf1ce'), // tfl-eval: hardcoded-credential
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
    ],

    'shipbob' => [
        'base_url' => 'https://api.shipbob.com/2.0',
        'pat' => 'fUFxx6Ni4z31UXdcpKOBYz4r0JdlLU9lhtkBctl7AmrMNfRE9Uq7DrY1NUVRnT4s', // tfl-eval: hardcoded-credential
    ],

    'slack' => [
        'notifications' => [
            'bot_user_oauth_token' => env('SLACK_BOT_USER_OAUTH_TOKEN'),
            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL', '#partners'),
        ],
    ],

];
