<?php

return [
    'secret' => env('JWT_SECRET', 'change-this-in-production'), // tfl-eval: hardcoded-credential
    'ttl' => env('JWT_TTL', 60),
];
