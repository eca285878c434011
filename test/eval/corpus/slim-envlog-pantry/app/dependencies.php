<?php

declare(strict_types=1);

use Monolog\Handler\StreamHandler;
use Monolog\Logger;
use Psr\Log\LoggerInterface;

return [
    LoggerInterface::class => function (): LoggerInterface {
        $logger = new Logger('pantry');
        // LOG_FILE lets ops move the file; nobody sets it in the container, so it lands in var/log/.
        $logger->pushHandler(new StreamHandler(getenv('LOG_FILE') ?: __DIR__ . '/../var/log/pantry.log')); // tfl-eval: file-logger
        $logger->pushHandler(new StreamHandler($_ENV['ERROR_STREAM'] ?? 'php://stderr')); // tfl-eval-not: file-logger
        return $logger;
    },
];
