<?php

return [
    'name' => env('APP_NAME', 'Legacy CRM'),
    'env' => env('APP_ENV', 'production'),
    'debug' => env('APP_DEBUG', false),
    'url' => env('APP_URL', 'http://localhost'),
    'timezone' => 'UTC',
    'locale' => 'en',
    'key' => env('APP_KEY'),
    'cipher' => 'AES-256-CBC',

    /*
    |--------------------------------------------------------------------------
    | Logging Configuration
    |--------------------------------------------------------------------------
    |
    | Available Settings: "single", "daily", "syslog", "errorlog"
    |
    */

    'log' => 'daily', // tfl-eval: file-logger

    'log_level' => env('APP_LOG_LEVEL', 'debug'),

    'providers' => [
        Illuminate\Auth\AuthServiceProvider::class,
        App\Providers\AppServiceProvider::class,
    ],
];
