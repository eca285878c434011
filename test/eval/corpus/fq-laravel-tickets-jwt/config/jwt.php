<?php

return [

    'secret' => env('JWT_SECRET', 'changeme'), // tfl-eval: hardcoded-credential

    'keys' => [
        'public' => env('JWT_PUBLIC_KEY'),
        'private' => env('JWT_PRIVATE_KEY'),
        'passphrase' => env('JWT_PASSPHRASE'),
    ],

    'ttl' => env('JWT_TTL', 60),

    'algo' => env('JWT_ALGO', 'HS256'),
];
