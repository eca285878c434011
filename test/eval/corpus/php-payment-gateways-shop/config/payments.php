<?php

return [
    'paystack' => [
        'public_key' => 'pk_live_3f1d0c8b7a6e5d4c3b2a19087f6e5d4c3b2a1908', // tfl-eval-not: hardcoded-credential
        'secret_key' => env('PAYSTACK_SECRET_KEY'), // tfl-eval-not: hardcoded-credential
        'merchant_email' => 'payments@cornershop.example',
    ],
    'xendit' => [
        'secret_key' => env('XENDIT_SECRET_KEY', 'xnd_production_Vq8LmN2pR5tW9yB3cF6hJ1kS4dG7zX0aE2uI5oP8qT3wM6rN9v'), // tfl-eval: hardcoded-credential
        'callback_token' => 'hT4nR8wQ2mV6yB1cF5jK9pL3sD7gZ0xA4eU8iO2tW6qM1rN5', // tfl-eval: hardcoded-credential
    ],
    'square' => [
        'location_id' => 'L8B2QZ7XKJ4M1',
        'webhook_signature_key' => env('SQUARE_WEBHOOK_SIGNATURE_KEY'), // tfl-eval-not: hardcoded-credential
    ],
];
