<?php
declare(strict_types=1);

namespace Kiosk;

use Psr\Log\LoggerInterface;

final class Orders
{
    private const PAYMENT_LABELS = ['card' => 'Card', 'cash' => 'Cash at counter']; // tfl-eval-not: memory-session-store

    /** @param resource|\PgSql\Connection $db */
    public function __construct(private $db, private LoggerInterface $log)
    {
    }

    public function place(array $items): int
    {
        $res = pg_query_params($this->db, 'INSERT INTO orders (items) VALUES ($1) RETURNING id', [json_encode($items)]);
        $id = (int) pg_fetch_result($res, 0, 0);
        $this->log->info('order placed', ['id' => $id, 'items' => count($items)]);
        return $id;
    }
}
