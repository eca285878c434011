<?php

return [
    'default' => env('FILESYSTEM_DISK', 'local'),
    'disks' => [
        'local' => [
            'driver' => 'local',
            'root' => storage_path('app'),
        ],
        's3' => [
            'driver' => 's3',
            'key' => env('AWS_ACCESS_KEY_ID', 'AKIA5743H4JZQI5Q5LCU'), // tfl-eval: hardcoded-credential
            'secret' => env('AWS_SECRET_ACCESS_KEY', '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'), // tfl-eval: hardcoded-credential
            'region' => env('AWS_DEFAULT_REGION', 'eu-west-1'),
            'bucket' => env('AWS_BUCKET', 'lms-videos'),
        ],
        'bunny' => [
            'driver' => 'bunnycdn',
            'storage_zone' => 'lms-videos',
            'api_key' => '7Fj4jYDQbaL8I9Y5M7mmRHVz8krwLeGM-yI69nlWDFnOREWSe', // tfl-eval: hardcoded-credential
        ],
    ],
];
