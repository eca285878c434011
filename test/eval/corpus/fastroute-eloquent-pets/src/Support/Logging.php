<?php

namespace Pets\Support;

use Monolog\Handler\RotatingFileHandler;
use Monolog\Handler\StreamHandler;
use Monolog\Logger;

final class Logging
{
    public static function create(): Logger
    {
        $logger = new Logger('pets');
        $logger->pushHandler(new StreamHandler('php://stderr', Logger::WARNING)); // tfl-eval-not: file-logger
        // Adoption requests are audited monthly; keep thirty days on disk.
        $logger->pushHandler(new RotatingFileHandler(__DIR__ . '/../../var/log/pets.log', 30)); // tfl-eval: file-logger
        return $logger;
    }
}
