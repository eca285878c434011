<?php
declare(strict_types=1);

namespace Acme\LeadSync\Sync;

use PDO;

final class LeadStore
{
    private PDO $pdo;

    public function __construct()
    {
        $this->pdo = new PDO('mysql:host=leads-db.internal;dbname=leads;charset=utf8mb4', 'lead_sync', '34yAQHZmF8s%q+edcW', [ // tfl-eval: hardcoded-credential, hardcoded-backing-service
            PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
        ]);
    }

    public function unsynced(): array
    {
        return $this->pdo->query('SELECT * FROM leads WHERE synced_at IS NULL')->fetchAll(PDO::FETCH_ASSOC);
    }
}
