<?php
declare(strict_types=1);

namespace Kiosk;

use Monolog\Handler\StreamHandler;
use Monolog\Logger;

final class Logs
{
    public static function channel(string $name): Logger
    {
        $logger = new Logger($name);
        $logger->pushHandler(new StreamHandler(__DIR__ . '/../var/log/kiosk.log', Logger::INFO)); // tfl-eval: file-logger
        $logger->pushHandler(new StreamHandler('php://stderr', Logger::WARNING)); // tfl-eval-not: file-logger
        return $logger;
    }
}
