<?php

return [
    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],
    'github' => [
        'client_id' => 'Iv1.7d60442716b7b309',
        'client_secret' => '7a4b945735bf6bc0e25c9eb2bd8242b2325088cd', // tfl-eval: hardcoded-credential
        'redirect' => 'https://helpdesk.dev/auth/github/callback',
    ],
    'pusher' => [
        'app_id' => '1712345',
        'key' => 'f576347897aa9c48de95',
        'secret' => '555fd6e1cc120fecaec1', // tfl-eval: hardcoded-credential
    ],
];
