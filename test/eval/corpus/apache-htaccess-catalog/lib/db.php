<?php
function catalog_db(): PDO
{
    static $pdo = null;
    if ($pdo === null) {
        $dsn = sprintf('mysql:host=%s;dbname=catalog;charset=utf8mb4', getenv('DB_HOST'));
        $pdo = new PDO($dsn, getenv('DB_USER'), getenv('DB_PASSWORD'), [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]); // tfl-eval-not: hardcoded-credential
    }
    return $pdo;
}
