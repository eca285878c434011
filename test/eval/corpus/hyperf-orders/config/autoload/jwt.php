<?php

declare(strict_types=1);

use function Hyperf\Support\env;

return [
    'login_type' => env('JWT_LOGIN_TYPE', 'mpop'),
    'sso_key' => 'uid', // tfl-eval-not: hardcoded-credential
    'secret' => env('JWT_SECRET', 'phper666'), // tfl-eval: hardcoded-credential
    'keys' => [
        'public' => env('JWT_PUBLIC_KEY'),
        'private' => env('JWT_PRIVATE_KEY'), // tfl-eval-not: hardcoded-credential
    ],
    'ttl' => env('JWT_TTL', 7200),
    'alg' => env('JWT_ALG', 'HS256'),
];
