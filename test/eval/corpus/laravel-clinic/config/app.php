<?php

return [
    'name' => env('APP_NAME', 'Clinic'),
    'env' => env('APP_ENV', 'production'),
    'debug' => (bool) env('APP_DEBUG', false),
    'url' => env('APP_URL', 'http://localhost'),
    'timezone' => 'Europe/Berlin',
    'locale' => 'de',
    'key' => env('APP_KEY', 'base64:CrivIxwyMxQ55GXzCIcvlEH/JyW1U548nwxmZu8EMbo='), // tfl-eval: hardcoded-credential
    'cipher' => 'AES-256-CBC',
];
