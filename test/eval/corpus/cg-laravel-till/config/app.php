<?php

return [
    'name' => env('APP_NAME', 'Till'),
    'env' => env('APP_ENV', 'production'),
    'debug' => (bool) env('APP_DEBUG', false),
    'key' => env('APP_KEY', 'base64:2LIrNZYl/IJEEixx6gSr6MOIepTfvzBAlQxh/YuqrIM='), // tfl-eval: hardcoded-credential
    'cipher' => 'AES-256-CBC',
    'manager_pin' => env('TILL_MANAGER_PIN', '915307'), // tfl-eval: hardcoded-credential
    'pin_length' => env('TILL_PIN_LENGTH', 6), // tfl-eval-not: hardcoded-credential
];
