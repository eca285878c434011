<?php

namespace App\Services;

use PDO;

/** Reads the tachograph archive, a separate SQL Server the depot office runs. */
class TachographClient
{
    private PDO $pdo;

    public function __construct()
    {
        $host = getenv('TACHO_DB_HOST') ?: '192.168.40.11'; // tfl-eval: hardcoded-backing-service
        $name = getenv('TACHO_DB_NAME') ?: 'tacho';
        $this->pdo = new PDO("sqlsrv:Server={$host};Database={$name}", getenv('TACHO_DB_USER') ?: 'reader', getenv('TACHO_DB_PASSWORD') ?: '');
    }

    public function memcachedHost(): string
    {
        return $_ENV['MEMCACHED_HOST'] ?? '127.0.0.1'; // tfl-eval-not: hardcoded-backing-service
    }

    public function drivingTimes(string $plate): array
    {
        $stmt = $this->pdo->prepare('SELECT started_at, minutes FROM driving WHERE plate = ?');
        $stmt->execute([$plate]);
        return $stmt->fetchAll(PDO::FETCH_ASSOC);
    }
}
