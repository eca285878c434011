<?php

return [
    'default' => env('cache.driver', 'file'),
    'stores'  => [
        'file' => [
            'type'       => 'File', // tfl-eval-not: memory-session-store
            'path'       => '',
            'prefix'     => '',
            'expire'     => 0,
            'tag_prefix' => 'tag:',
            'serialize'  => [],
        ],
        'redis' => [
            'type'     => 'redis',
            'host'     => env('redis.host'),
            'port'     => 6379,
            'password' => env('redis.password'),
        ],
    ],
];
