<?php

return [
    'name' => env('APP_NAME', 'Shopfront'),
    'env' => env('APP_ENV', 'production'),
    'debug' => (bool) env('APP_DEBUG', false),
    'url' => env('APP_URL', 'http://localhost'),
    'timezone' => 'UTC',
    'locale' => 'en',
    'fallback_locale' => 'en',

    /*
    | This key is used by the Illuminate encrypter service and should be set
    | to a random, 32 character string, otherwise these encrypted strings
    | will not be safe. Please do this before deploying an application!
    */
    'key' => env('APP_KEY', 'base64:S/QJO8cqwlfRD8x2QAjsV0nHlod8uE1bHf5MT13MUyl='), // tfl-eval: hardcoded-credential
    'cipher' => 'AES-256-CBC',
];
