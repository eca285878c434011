<?php

namespace App\Services;

class Recommendations
{
    private \Redis $redis;

    public function __construct()
    {
        $this->redis = new \Redis();
        $this->redis->connect('10.0.4.12', 6379); // tfl-eval: hardcoded-backing-service
    }

    public function forMember(int $memberId): array
    {
        return array_map('intval', $this->redis->zRevRange("recs:{$memberId}", 0, 9));
    }
}
