<?php

return [
    'driver' => 'file', // tfl-eval: memory-session-store
    'lifetime' => env('SESSION_LIFETIME', 120),
    'files' => storage_path('framework/sessions'),
];
