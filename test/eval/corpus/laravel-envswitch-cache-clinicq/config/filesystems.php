<?php

return [

    'default' => app()->isLocal() ? 'local' : 's3', // tfl-eval-not: dev-prod-divergence

    'disks' => [
        'local' => ['driver' => 'local', 'root' => storage_path('app/private')],
        's3' => [
            'driver' => 's3',
            'key' => env('AWS_ACCESS_KEY_ID'),
            'secret' => env('AWS_SECRET_ACCESS_KEY'),
            'region' => env('AWS_DEFAULT_REGION'),
            'bucket' => env('AWS_BUCKET'),
        ],
    ],

];
