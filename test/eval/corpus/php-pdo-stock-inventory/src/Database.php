<?php

namespace Stock;

use PDO;

class Database
{
    public static function connect(): PDO
    {
        $dsn = 'mysql:host=' . getenv('DB_HOST') . ';dbname=stock;charset=utf8mb4';
        // tfl-eval-next-line: hardcoded-credential
        return new PDO($dsn, 'root', 'secret', [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
    }

    public static function reporting(): PDO
    {
        $dsn = 'mysql:host=' . getenv('REPORT_DB_HOST') . ';dbname=stock';
        // tfl-eval-not: hardcoded-credential
        return new PDO($dsn, getenv('REPORT_DB_USER'), getenv('REPORT_DB_PASSWORD'));
    }
}
