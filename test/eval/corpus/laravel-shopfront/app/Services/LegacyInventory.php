<?php

namespace App\Services;

use PDO;

class LegacyInventory
{
    private const DSN = 'mysql:host=legacy-db.internal;dbname=inventory;charset=utf8mb4'; // tfl-eval: hardcoded-backing-service

    private PDO $pdo;

    public function __construct()
    {
        $this->pdo = new PDO(self::DSN, 'inventory_ro', 'Saffron85#mh3', [ // tfl-eval: hardcoded-credential
            PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
        ]);
    }

    public function stockFor(string $sku): int
    {
        $statement = $this->pdo->prepare('SELECT quantity FROM stock WHERE sku = :sku');
        $statement->execute(['sku' => $sku]);
        return (int) $statement->fetchColumn();
    }

    public static function archive(): \mysqli
    {
        return mysqli_connect('archive-db.internal', 'archive', 'Granite84-89a', 'inventory_archive'); // tfl-eval: hardcoded-credential, hardcoded-backing-service
    }
}
