<?php

declare(strict_types=1);

use Monolog\Formatter\JsonFormatter;
use Monolog\Handler\StreamHandler;
use Monolog\Level;

use function Hyperf\Support\env;

return [
    'default' => [
        'handler' => [
            'class' => StreamHandler::class,
            'constructor' => ['stream' => 'php://stdout', 'level' => Level::Info],
        ],
        'formatter' => ['class' => JsonFormatter::class, 'constructor' => []],
    ],
    'sql' => [
        'handler' => [
            'class' => StreamHandler::class,
            'constructor' => ['stream' => BASE_PATH . '/runtime/logs/sql.log', 'level' => Level::Debug], // tfl-eval: file-logger
        ],
    ],
];
