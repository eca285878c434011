<?php

return [
    'db' => [
        'driver' => 'Pdo_Pgsql',
        'database' => 'billing',
        'username' => 'billing',
        'password' => 'Meadow!9971falcon', // tfl-eval: hardcoded-credential
    ],
    'service_manager' => [
        'factories' => [
            \Billing\Service\Invoicer::class => \Billing\Service\InvoicerFactory::class,
        ],
    ],
    'payment' => [
        'braintree' => [
            'environment' => 'production',
            'merchant_id' => 'k8x2m4n6p9q3r5t7',
            'public_key' => '21f88c0ab4d64d0f',
            'private_key' => 'f3e58c7f2354b3a62d38f83200891568', // tfl-eval: hardcoded-credential
        ],
    ],
];
