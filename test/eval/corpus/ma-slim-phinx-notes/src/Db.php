<?php
declare(strict_types=1);

namespace Notes;

use PDO;

final class Db
{
    public static function connect(): PDO
    {
        $driver = 'mysql';
        $dbname = 'notes';
        $user = getenv('DB_USER');
        $pass = getenv('DB_PASS');
        $dsn = "$driver:host=db1.notes.internal;port=3306;dbname=$dbname;charset=utf8mb4"; // tfl-eval: hardcoded-backing-service
        return new PDO($dsn, $user, $pass, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
    }

    public static function fromConfig(array $cfg): PDO
    {
        $dsn = "{$cfg['driver']}:host=10.20.4.11;dbname={$cfg['name']}"; // tfl-eval: hardcoded-backing-service
        return new PDO($dsn, $cfg['user'], $cfg['pass']);
    }

    public static function fromEnv(array $cfg): PDO
    {
        // Host from the environment: the driver being a variable changes nothing here.
        $dsn = "{$cfg['driver']}:host=" . getenv('DB_HOST') . ";dbname={$cfg['name']}"; // tfl-eval-not: hardcoded-backing-service
        $alt = "$driver:host=$host;dbname=$dbname"; // tfl-eval-not: hardcoded-backing-service
        return new PDO($dsn, $cfg['user'], $cfg['pass']);
    }

    public static function localFile(string $driver, string $dir): PDO
    {
        return new PDO("$driver:$dir/notes.sqlite3"); // tfl-eval-not: hardcoded-backing-service
    }
}
