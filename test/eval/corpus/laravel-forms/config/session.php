<?php

return [
    'driver' => env('SESSION_DRIVER', 'file'), // tfl-eval: memory-session-store
    'lifetime' => env('SESSION_LIFETIME', 120),
    'files' => storage_path('framework/sessions'),
    'cookie' => env('SESSION_COOKIE', 'forms_session'),
];
