<?php

return [
    'driver' => env('SESSION_DRIVER', 'cookie'),
    'lifetime' => env('SESSION_LIFETIME', 120),
    'expire_on_close' => false,
    'encrypt' => true,
    'cookie' => env('SESSION_COOKIE', 'invoicely_session'),
    'secure' => env('SESSION_SECURE_COOKIE', true),
];
