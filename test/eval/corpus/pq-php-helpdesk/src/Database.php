<?php

namespace Helpdesk;

use PDO;

final class Database
{
    public static function tickets(): PDO
    {
        $dsn = 'mysql:host=' . getenv('DB_HOST') . ';dbname=tickets;charset=utf8mb4';
        $user = 'helpdesk'; // tfl-eval-not: hardcoded-credential
        $pass = 'frontdesk'; // tfl-eval: hardcoded-credential
        return new PDO($dsn, $user, $pass, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
    }

    public static function reports(): PDO
    {
        $dsn = 'pgsql:host=' . getenv('PGHOST') . ';dbname=reports';
        $pw = 'jeoh57lO-moz4ove'; // tfl-eval: hardcoded-credential
        return new PDO($dsn, 'reports', $pw);
    }

    public static function archive(): PDO
    {
        $dsn = 'mysql:host=' . getenv('DB_HOST') . ';dbname=archive';
        $login = 'archive'; // tfl-eval-not: hardcoded-credential
        $secret = getenv('ARCHIVE_DB_PASSWORD') ?: '';
        return new PDO($dsn, $login, $secret);
    }

    public static function count(PDO $pdo): int
    {
        $table = 'tickets'; // tfl-eval-not: hardcoded-credential
        $password = 'password'; // tfl-eval-not: hardcoded-credential
        $stmt = $pdo->query("SELECT COUNT(*) FROM {$table} WHERE reset_reason <> '{$password}'");
        return (int) $stmt->fetchColumn();
    }
}
