<?php

declare(strict_types=1);

return [
    'default' => env('CACHE_STORAGE', 'redis'),
    'storages' => [
        'redis' => [
            'type' => 'roadrunner',
            'driver' => 'redis',
        ],
        'array' => ['type' => 'array'],
    ],
];
