<?php

return [
    'default' => 'file', // tfl-eval-not: memory-session-store
    'stores' => [
        'file' => [
            'driver' => 'file',
            'path' => runtime_path('cache'),
        ],
        'redis' => [
            'driver' => 'redis',
            'connection' => 'default',
        ],
    ],
];
