<?php

return [
    'signing' => [
        'secret' => env('SIGNING_SECRET', bin2hex(random_bytes(32))), // tfl-eval-not: per-process-secret
    ],
    'mailgun' => ['domain' => env('MAILGUN_DOMAIN'), 'secret' => env('MAILGUN_SECRET')],
];
