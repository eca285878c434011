<?php

return [
    'db' => [
        'username' => 'crm',
        'password' => 'Cobalt07#30v', // tfl-eval: hardcoded-credential
        'hostname' => 'pg.crm.internal', // tfl-eval: hardcoded-backing-service
    ],
    'mail' => [
        'transport' => [
            'options' => [
                'connection_config' => [
                    'username' => 'crm@mail.example',
                    'password' => 'Falcon258-soq', // tfl-eval: hardcoded-credential
                ],
            ],
        ],
    ],
];
