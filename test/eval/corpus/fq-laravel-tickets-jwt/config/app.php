<?php

return [

    'name' => env('APP_NAME', 'Tickets'),

    'env' => env('APP_ENV', 'production'),

    'key' => env('APP_KEY', 'SomeRandomString'), // tfl-eval-not: hardcoded-credential

    'cipher' => 'AES-256-CBC',
];
