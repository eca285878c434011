<?php

use Monolog\Handler\StreamHandler;
use Monolog\Handler\RotatingFileHandler;
use Monolog\Logger;
use Psr\Container\ContainerInterface;

return [
    'logger' => function (ContainerInterface $c) {
        $logger = new Logger('slim-api');
        $logger->pushHandler(new StreamHandler('php://stdout', Logger::INFO)); // tfl-eval-not: file-logger
        return $logger;
    },
    'auditLogger' => function (ContainerInterface $c) {
        $logger = new Logger('audit');
        $logger->pushHandler(new RotatingFileHandler(__DIR__ . '/../logs/audit.log', 14, Logger::INFO)); // tfl-eval: file-logger
        return $logger;
    },
    'errorLogger' => function (ContainerInterface $c) {
        $logger = new Logger('errors');
        $logger->pushHandler(new StreamHandler(__DIR__ . '/../logs/error.log', Logger::ERROR)); // tfl-eval: file-logger
        return $logger;
    },
];
