<?php

namespace App\Services;

use Monolog\Handler\StreamHandler;
use Monolog\Logger;

class ExportLogger
{
    public static function make(): Logger
    {
        $logger = new Logger('exports');
        $logger->pushHandler(new StreamHandler(storage_path('logs/exports.log'), Logger::INFO)); // tfl-eval: file-logger
        $logger->pushHandler(new StreamHandler('php://stdout', Logger::DEBUG)); // tfl-eval-not: file-logger
        return $logger;
    }
}
