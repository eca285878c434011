<?php

declare(strict_types=1);

use Monolog\Handler\StreamHandler;
use Monolog\Logger;
use Psr\Log\LoggerInterface;
use Symfony\Component\HttpFoundation\Session\Session;
use Symfony\Component\HttpFoundation\Session\Storage\Handler\NativeFileSessionHandler;
use Symfony\Component\HttpFoundation\Session\Storage\NativeSessionStorage;

return [
    LoggerInterface::class => function (): LoggerInterface {
        $logger = new Logger('readinglist');
        if (getenv('LOG_TO_STDOUT')) {
            $logger->pushHandler(new StreamHandler('php://stdout', Logger::INFO));
        } else {
            $logger->pushHandler(new StreamHandler(__DIR__ . '/../var/log/readinglist.log', Logger::INFO)); // tfl-eval: file-logger
        }
        return $logger;
    },

    Session::class => function (): Session {
        $handler = new NativeFileSessionHandler('/var/lib/readinglist/sessions'); // tfl-eval: memory-session-store
        return new Session(new NativeSessionStorage(['cookie_lifetime' => 2592000], $handler));
    },

    PDO::class => function (): PDO {
        $dsn = 'pgsql:host=readinglist-prod.cluster-c3v9qk2m1x.eu-west-1.rds.amazonaws.com;port=5432;dbname=readinglist'; // tfl-eval: hardcoded-backing-service
        return new PDO($dsn, getenv('DB_USER') ?: 'readinglist', getenv('DB_PASSWORD') ?: '', [
            PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
        ]);
    },
];
