<?php

return [
    'secret' => bin2hex(random_bytes(32)), // tfl-eval: per-process-secret
    'ttl' => env('JWT_TTL', 60),
    'refresh_ttl' => env('JWT_REFRESH_TTL', 20160),
    'algo' => env('JWT_ALGO', 'HS256'),
];
