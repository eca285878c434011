<?php

return [
    'postmark' => [
        'token' => env('POSTMARK_TOKEN'), // tfl-eval-not: hardcoded-credential
    ],

    'ses' => [
        'key' => env('AWS_ACCESS_KEY_ID'),
        'secret' => env('AWS_SECRET_ACCESS_KEY'),
        'region' => env('AWS_DEFAULT_REGION', 'us-east-1'),
    ],

    'stripe' => [
        'model' => App\Models\User::class,
        'key' => 'pk_live_4gSJi4iOkVHAX9pLxKt48opP', // tfl-eval-not: hardcoded-credential
        'secret' => 'sk_live_ER16Scr7qBWwM58petNClhYy', // tfl-eval: hardcoded-credential
        'webhook' => [
            'secret' => env('STRIPE_WEBHOOK_SECRET', 'whsec_u1ACgT2hX3ji7HqSEnfvaIoCeS4wEqSh'), // tfl-eval: hardcoded-credential
            'tolerance' => 300,
        ],
    ],

    'facebook' => [
        'client_id' => '261866140439495',
        'client_secret' => 'd406314984e5c9a482457d82ec366a0a', // tfl-eval: hardcoded-credential
        'redirect' => 'https://shopfront.example/auth/facebook/callback',
    ],

    'slack' => [
        'notifications' => [
            'bot_user_oauth_token' => env('SLACK_BOT_USER_OAUTH_TOKEN'),
            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL', '#orders'),
        ],
    ],
];
