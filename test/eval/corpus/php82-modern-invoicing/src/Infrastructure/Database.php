<?php

declare(strict_types=1);

namespace Ledgerbird\Infrastructure;

use Doctrine\DBAL\Connection;
use Doctrine\DBAL\DriverManager;

final class Database
{
    public static function reporting(): \PDO
    {
        return new \PDO(
            dsn: 'pgsql:host=' . ($_ENV['REPORTING_HOST'] ?? 'localhost') . ';dbname=ledger',
            username: 'reporting_ro',
            password: 'G3gqzc4ZGd%sLxqpxC', // tfl-eval: hardcoded-credential
            options: [\PDO::ATTR_ERRMODE => \PDO::ERRMODE_EXCEPTION],
        );
    }

    public static function primary(): Connection
    {
        return DriverManager::getConnection([
            'driver' => 'pdo_pgsql',
            'url' => $_ENV['DATABASE_URL'], // tfl-eval-not: hardcoded-credential
        ]);
    }

    public static function webhookSecret(): string
    {
        return $_ENV['WEBHOOK_SECRET'] ?? 'uhhIWVufMpznXB1L8pylWUN9UlbIpf4i3SLSYY1k'; // tfl-eval: hardcoded-credential
    }
}
