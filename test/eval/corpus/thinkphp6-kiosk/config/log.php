<?php

return [
    'default'  => env('log.channel', 'stdout'),
    'channels' => [
        'stdout' => [
            'type' => 'Stdout', // tfl-eval-not: file-logger
        ],
    ],
];
