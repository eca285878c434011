<?php

return [
    'name' => env('APP_NAME', 'Couriers'),
    'env' => env('APP_ENV', 'production'),
    'key' => env('APP_KEY', 'base64:/CyMzOwk00/393p6zvuBrCTc4XKL/k+wPa261zoyLNA='), // tfl-eval: hardcoded-credential
    'cipher' => 'AES-256-CBC',
    'previous_keys' => [
        ...array_filter(explode(',', env('APP_PREVIOUS_KEYS', ''))), // tfl-eval-not: hardcoded-credential
    ],
];
