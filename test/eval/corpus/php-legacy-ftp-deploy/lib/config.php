<?php
// Storefront settings, read by public/index.php
return [
    'db' => [
        'host' => getenv('DB_HOST') ?: 'localhost',
        'name' => 'storefront',
        'user' => 'storefront',
        'pass' => 'vpgcQMjijjJB9NKC', // tfl-eval: hardcoded-credential
    ],
    'payment' => [
        'merchant_id' => '104882',
        'api_secret' => getenv('PAYMENT_API_SECRET'),
    ],
];
