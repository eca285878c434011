<?php

declare(strict_types=1);

namespace Shortlinks;

use PDO;

final class Database
{
    public static function connect(): PDO
    {
        $dsn = sprintf('pgsql:host=%s;dbname=shortlinks', Config::dbHost());
        return new PDO($dsn, getenv('DB_USER') ?: 'shortlinks', getenv('DB_PASSWORD') ?: '', [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
    }

    public static function runMigrations(PDO $pdo): void
    {
        $pdo->exec('CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY)');
        $done = $pdo->query('SELECT version FROM schema_migrations')->fetchAll(PDO::FETCH_COLUMN);
        foreach (glob(__DIR__ . '/../migrations/*.sql') as $file) {
            $version = basename($file, '.sql');
            if (!in_array($version, $done, true)) {
                $pdo->exec(file_get_contents($file));
                $pdo->prepare('INSERT INTO schema_migrations (version) VALUES (?)')->execute([$version]);
            }
        }
    }
}
