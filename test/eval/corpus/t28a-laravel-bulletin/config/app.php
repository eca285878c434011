<?php

return [
    'name' => env('APP_NAME', 'Bulletin'),
    'env' => env('APP_ENV', 'production'),
    'key' => env('APP_KEY'),
    'cipher' => 'AES-256-CBC',
];
