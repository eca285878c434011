<?php

$isProduction = env('APP_ENV') === 'production';

return [

    // Jobs run inline on laptops; there is no broker to compare with.
    'default' => $isProduction ? 'redis' : 'sync', // tfl-eval-not: dev-prod-divergence

    'connections' => [
        'sync' => ['driver' => 'sync'],
        'redis' => [
            'driver' => 'redis',
            'connection' => env('REDIS_QUEUE_CONNECTION', 'default'),
            'queue' => env('REDIS_QUEUE', 'default'),
            'retry_after' => 90,
        ],
    ],

];
