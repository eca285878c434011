<?php
return [
    'default' => [
        'host' => 'redis://' . getenv('REDIS_QUEUE_HOST') . ':6379',
        'options' => [
            'auth' => getenv('REDIS_QUEUE_PASSWORD'), // tfl-eval-not: hardcoded-credential
            'db' => 0,
            'prefix' => '',
            'max_attempts'  => 5,
            'retry_seconds' => 5,
        ]
    ],
    'notify' => [
        'host' => 'redis://queue-notify.internal:6379', // tfl-eval: hardcoded-backing-service
        'options' => [
            'auth' => 'KEkMNyHNvxjJcLBx', // tfl-eval: hardcoded-credential
            'db' => 2,
        ]
    ],
];
