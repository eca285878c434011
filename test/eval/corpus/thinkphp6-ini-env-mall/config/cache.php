<?php

return [
    'default' => env('cache.driver', 'redis'),
    'stores'  => [
        'redis' => [
            'type'     => 'redis',
            'host'     => env('redis.host', '127.0.0.1'),
            'port'     => env('redis.port', 6379),
            'password' => env('redis.password', ''), // tfl-eval-not: hardcoded-credential
            'prefix'   => 'mall:',
        ],
    ],
];
