<?php

declare(strict_types=1);

use DI\ContainerBuilder;
use Monolog\Logger;

return function (ContainerBuilder $containerBuilder) {
    $containerBuilder->addDefinitions([
        'settings' => [
            'displayErrorDetails' => false,
            'logger' => [
                'name' => 'pantry',
                'path' => isset($_ENV['docker']) ? 'php://stdout' : __DIR__ . '/../logs/app.log', // tfl-eval: file-logger
                'level' => Logger::INFO,
            ],
        ],
    ]);
};
