<?php

return [
    'postmark' => [
        'token' => env('POSTMARK_TOKEN', 'c92d771e-8bd0-417d-b308-0a724a585383'), // tfl-eval: hardcoded-credential
    ],

    'ses' => [
        'key' => env('AWS_ACCESS_KEY_ID'),
        'secret' => env('AWS_SECRET_ACCESS_KEY'), // tfl-eval-not: hardcoded-credential
        'region' => env('AWS_DEFAULT_REGION', 'eu-central-1'),
    ],

    'stripe' => [
        'key' => env('STRIPE_KEY', 'pk_live_51Mx8QfLk2vRt9Yw3Hj6Pn1Zc'),
        'secret' => env('STRIPE_SECRET', 'sk_live_AvWbkDqvMxsqPmuW14d4kv4y'), // tfl-eval: hardcoded-credential
        'webhook_secret' => env('STRIPE_WEBHOOK_SECRET', ''), // tfl-eval-not: hardcoded-credential
    ],

    'here' => [
        'api_key' => env('HERE_API_KEY', 'Kx2Vn8Pq4Tw6Rz1Lm9Bc3Dj7Fh5Gs0Ay'), // tfl-eval: hardcoded-credential
        'base_url' => env('HERE_BASE_URL', 'https://router.hereapi.com/v8'),
    ],

    'slack' => [
        'notifications' => [
            'bot_user_oauth_token' => env('SLACK_BOT_USER_OAUTH_TOKEN'), // tfl-eval-not: hardcoded-credential
            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL', '#dispatch'),
        ],
    ],
];
