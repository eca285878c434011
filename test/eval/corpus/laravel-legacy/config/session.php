<?php

return [
    'driver' => 'file', // tfl-eval: memory-session-store
    'lifetime' => 120,
    'expire_on_close' => false,
    'encrypt' => false,
    'files' => storage_path('framework/sessions'),
    'connection' => null,
    'table' => 'sessions',
    'cookie' => 'legacy_session',
];
