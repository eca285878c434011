<?php

namespace App\Services;

use Predis\Client;

class GeoCache
{
    private Client $redis;

    public function __construct()
    {
        $this->redis = new Client('tcp://geo-cache.venues.internal:6379'); // tfl-eval: hardcoded-backing-service
    }

    public function remember(string $postcode, callable $lookup): array
    {
        $cached = $this->redis->get("geo:{$postcode}");
        if ($cached !== null) {
            return json_decode($cached, true);
        }
        $value = $lookup($postcode);
        $this->redis->setex("geo:{$postcode}", 86400, json_encode($value));
        return $value;
    }
}
