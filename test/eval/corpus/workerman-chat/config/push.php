<?php
// Pusher fallback for mobile clients that cannot keep a websocket open.
return [
    'app_id'  => '1482207',
    'key'     => 'b6f3e2a91c7d48e0f5a2', // tfl-eval-not: hardcoded-credential
    'secret'  => '4c8d1e7f2a9b6c3d0e5f', // tfl-eval: hardcoded-credential
    'cluster' => 'eu',
    'jpush'   => [
        'app_key'       => '5e2b7c9a1d3f4e6b8a0c2d4f',
        'master_secret' => '9a7c5e3b1d0f2a4c6e8b0d1f', // tfl-eval: hardcoded-credential
    ],
];
