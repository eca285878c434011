<?php

return [
    'driver' => env('SESSION_DRIVER', 'redis'),
    'lifetime' => env('SESSION_LIFETIME', 120),
    'connection' => env('SESSION_CONNECTION'),
    'cookie' => env('SESSION_COOKIE', 'bookings_session'),
];
