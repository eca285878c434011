<?php

declare(strict_types=1);

use Monolog\Handler\StreamHandler;
use Monolog\Logger;
use Psr\Container\ContainerInterface;
use Psr\Log\LoggerInterface;

return [
    'dependencies' => [
        'factories' => [
            LoggerInterface::class => static function (ContainerInterface $container): LoggerInterface {
                $logger = new Logger('inventory');
                $logger->pushHandler(new StreamHandler('data/log/inventory.log', Logger::INFO)); // tfl-eval: file-logger
                return $logger;
            },
        ],
    ],
];
