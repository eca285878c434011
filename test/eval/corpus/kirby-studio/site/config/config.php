<?php

return [
    'debug' => false,
    'url'   => 'https://studio-nord.example',
    'panel' => [
        'install' => false,
    ],
    'email' => [
        'transport' => [
            'type'     => 'smtp',
            'host'     => 'smtp.fastmail.com', // tfl-eval: hardcoded-backing-service
            'port'     => 465,
            'security' => true,
            'auth'     => true,
            'username' => 'hello@studio-nord.example',
            'password' => 'w7kq-9xmt-2bvz-4npr', // tfl-eval: hardcoded-credential
        ],
    ],
    'thumbs' => [
        'driver' => 'im',
    ],
];
