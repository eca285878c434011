<?php

return [
    'servers' => [
        'web1' => ['host' => 'web1.acme.example', 'user' => 'deploy', 'password' => env('DEPLOY_PASSWORD')], // tfl-eval-not: hardcoded-credential
        'web2' => ['host' => 'web2.acme.example', 'user' => 'deploy', 'password' => env('DEPLOY_PASSWORD')], // tfl-eval-not: hardcoded-credential
    ],
    'forge' => [
        'token' => env('FORGE_TOKEN', '9a2uqISdTP1UQcvopgj7EWDBcxKqigPp1FwADQt5'), // tfl-eval: hardcoded-credential
        'server_id' => 712044,
    ],
    'slack_webhook' => env('DEPLOY_SLACK_WEBHOOK'),
];