<?php

declare(strict_types=1);

use Monolog\Handler\StreamHandler;
use Monolog\Logger;

return [
    'globalLevel' => Logger::toMonologLevel(env('MONOLOG_LEVEL', 'info')),
    'handlers' => [
        'default' => [new StreamHandler('php://stderr')],
        'editorial' => [new StreamHandler(directory('runtime') . 'logs/editorial.log')], // tfl-eval: file-logger
    ],
];
