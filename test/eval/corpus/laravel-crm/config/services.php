<?php

return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
    ],
    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => 'sk_live_Z9x8C7v6B5n4M3l2K1j0H9g8', // tfl-eval: hardcoded-credential
    ],
    'github' => [
        'client_id' => env('GITHUB_CLIENT_ID'),
        'client_secret' => 'crm-G1thub-0auth-s3cret-2024', // tfl-eval: hardcoded-credential
        'redirect' => '/login/github/callback',
    ],
];
