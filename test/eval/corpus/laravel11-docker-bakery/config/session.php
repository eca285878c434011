<?php

return [
    'driver' => env('SESSION_DRIVER', 'redis'), // tfl-eval-not: memory-session-store
    'lifetime' => env('SESSION_LIFETIME', 120),
    'expire_on_close' => false,
    'encrypt' => false,
    'files' => storage_path('framework/sessions'),
    'connection' => env('SESSION_CONNECTION'),
    'cookie' => env('SESSION_COOKIE', 'bakery_session'),
];
