<?php

return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'), // tfl-eval-not: hardcoded-credential
    ],
    'stripe' => [
        'key' => env('STRIPE_KEY', 'pk_live_UJYqb9ktOtFYeAjFjsvjmsdY'), // tfl-eval-not: hardcoded-credential
        'secret' => env('STRIPE_SECRET', 'sk_live_JranXQblweChh48cKD22BGJg'), // tfl-eval: hardcoded-credential
    ],
    'github' => [
        'client_id' => 'Iv1.8a61f9b3c2d4e5f6',
        'client_secret' => '12a101b1e59cdedb7dd77489b61e31b25eaae594', // tfl-eval: hardcoded-credential
        'redirect' => 'https://rentals.app/auth/github/callback',
    ],
    'nexmo' => [
        'api_key' => env('NEXMO_KEY'),
        'api_secret' => env('NEXMO_SECRET', 'your-nexmo-secret'), // tfl-eval-not: hardcoded-credential
    ],
];
