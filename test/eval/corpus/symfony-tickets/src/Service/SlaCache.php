<?php

namespace App\Service;

class SlaCache
{
    private \Redis $redis;

    public function __construct()
    {
        $this->redis = new \Redis();
        $this->redis->connect('sla-cache.tickets.internal', 6379); // tfl-eval: hardcoded-backing-service
    }

    public function breachedAt(int $ticketId): ?int
    {
        $value = $this->redis->get("sla:{$ticketId}");
        return $value === false ? null : (int) $value;
    }
}
