<?php

declare(strict_types=1);

use function Hyperf\Support\env;

return [
    'voucherbay' => [
        'base_uri' => env('VOUCHERBAY_URL', 'https://api.voucherbay.example.com'),
        'api_key' => env('VOUCHERBAY_API_KEY'),
        'timeout' => 5.0,
    ],
    'coupon_feed' => [
        'base_uri' => 'https://feed.couponhub.example.net',
        'client_id' => 'coupons-prod',
        'client_secret' => 'Zc8uQ1vN4xR7tK2mW9pL5sB3', // tfl-eval: hardcoded-credential
        'token_url' => 'https://feed.couponhub.example.net/oauth/token',
        'grant_type' => 'client_credentials',
    ],
];
