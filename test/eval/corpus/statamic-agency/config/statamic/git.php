<?php

return [
    'enabled' => env('STATAMIC_GIT_ENABLED', false),
    'automatic' => true,
    'queue_connection' => env('STATAMIC_GIT_QUEUE_CONNECTION'),
    'dispatch_delay' => 2,
    'user' => [
        'name' => 'Spock',
        'email' => 'spock@agency.example',
    ],
    'commands' => [
        'git add {{ paths }}',
        'git -c "user.name={{ name }}" -c "user.email={{ email }}" commit -m "{{ message }}"',
    ],
    'push' => true,
    // The deploy key's token for pushing content commits from production.
    'remote_token' => 'glpat--fuXoMu4b9jYJ3IrxLaB', // tfl-eval: hardcoded-credential
];
