<?php

return [
    'url' => env('FREIGHTLY_URL', 'https://api.freightly.example/v3'),
    'token' => env('FREIGHTLY_TOKEN'), // tfl-eval-not: hardcoded-credential
    'webhook_secret' => env('FREIGHTLY_WEBHOOK_SECRET', 'I5CJUQE4s792LNTYExCi98n76H45erFnlX5H'), // tfl-eval: hardcoded-credential
    'sandbox_token' => env('FREIGHTLY_SANDBOX_TOKEN', 'your-sandbox-token'), // tfl-eval-not: hardcoded-credential
];
