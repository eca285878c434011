<?php

return [
    'default' => env('BROADCAST_DRIVER', 'pusher'),
    'connections' => [
        'pusher' => [
            'driver' => 'pusher',
            'key' => env('PUSHER_APP_KEY', '40bb8612680c21b3d35b28d85c3156eb'),
            'secret' => env('PUSHER_APP_SECRET', '6fd8c7f458b60a72dea800750b54c168'), // tfl-eval: hardcoded-credential
            'app_id' => env('PUSHER_APP_ID', '1534721'),
            'options' => ['cluster' => env('PUSHER_APP_CLUSTER', 'eu'), 'useTLS' => true],
        ],
        'ably' => [
            'driver' => 'ably',
            'key' => env('ABLY_KEY'), // tfl-eval-not: hardcoded-credential
        ],
    ],
];
