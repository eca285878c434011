<?php

return [

    'default' => app()->isProduction() ? 'stderr' : 'stack', // tfl-eval-not: dev-prod-divergence

    'channels' => [
        'stack' => ['driver' => 'stack', 'channels' => ['stderr']],
        'stderr' => [
            'driver' => 'monolog',
            'handler' => Monolog\Handler\StreamHandler::class,
            'with' => ['stream' => 'php://stderr'],
        ],
    ],

];
