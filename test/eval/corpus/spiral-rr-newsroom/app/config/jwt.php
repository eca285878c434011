<?php

declare(strict_types=1);

return [
    'algorithm' => 'HS256',
    'secret' => env('JWT_SECRET'), // tfl-eval-not: hardcoded-credential
    'ttl' => (int) env('JWT_TTL', 3600), // tfl-eval-not: hardcoded-credential
    'header' => 'Authorization',
    'prefix' => 'Bearer', // tfl-eval-not: hardcoded-credential
    'issuer' => env('APP_URL', 'http://localhost:8080'),
];
