<?php

return [
    'postmark' => ['token' => env('POSTMARK_TOKEN')],
    'xero' => [
        'client_id' => env('XERO_CLIENT_ID', '5F1A9C2E7B3D4F60A8B9C0D1E2F3A4B5'),
        'client_secret' => env('XERO_CLIENT_SECRET', 'xK9mQ2vL7pRt4WzN8bYc3HsJ6fDg1aUeTq5Vn0Zr'), // tfl-eval: hardcoded-credential
        'redirect_uri' => env('XERO_REDIRECT_URI', 'http://localhost/xero/callback'),
    ],
    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
    ],
];
