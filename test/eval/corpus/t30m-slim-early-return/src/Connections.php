<?php

namespace Quayside\Ledger;

use PDO;
use Predis\Client;

final class Connections
{
    public static function cache(): Client
    {
        $url = getenv('REDIS_URL');
        if ($url !== false) {
            return new Client($url);
        }
        return new Client('redis://127.0.0.1:6379'); // tfl-eval-not: hardcoded-backing-service
    }

    public static function sessions(): Client
    {
        if (!empty($_ENV['SESSIONS_REDIS_URL'])) {
            return new Client($_ENV['SESSIONS_REDIS_URL']);
        }
        return new Client('redis://sessions.quayside.internal:6379/1'); // tfl-eval: hardcoded-backing-service
    }

    public static function pdo(): PDO
    {
        $dsn = getenv('DATABASE_DSN');
        if ($dsn) {
            return new PDO($dsn);
        }
        return new PDO('pgsql:host=localhost;dbname=ledger', 'ledger', getenv('DB_PASSWORD')); // tfl-eval-not: hardcoded-backing-service
    }

    public static function audit(bool $replica): Client
    {
        $url = getenv('AUDIT_REDIS_URL');
        if (!$url) {
            throw new \RuntimeException('AUDIT_REDIS_URL is required');
        }
        if ($replica) {
            return new Client($url);
        }
        return new Client('redis://localhost:6379/4'); // tfl-eval: hardcoded-backing-service
    }
}
