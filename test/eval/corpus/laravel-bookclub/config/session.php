<?php

return [
    'driver' => env('SESSION_DRIVER', 'redis'),
    'lifetime' => env('SESSION_LIFETIME', 120),
    'encrypt' => false,
    'connection' => env('SESSION_CONNECTION'),
    'cookie' => env('SESSION_COOKIE', 'bookclub_session'),
    'secure' => env('SESSION_SECURE_COOKIE', true),
    'same_site' => 'lax',
];
