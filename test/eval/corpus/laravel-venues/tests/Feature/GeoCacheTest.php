<?php

namespace Tests\Feature;

use Predis\Client;
use Tests\TestCase;

class GeoCacheTest extends TestCase
{
    public function test_it_caches_lookups(): void
    {
        $redis = new Client('tcp://127.0.0.1:6379'); // tfl-eval-not: hardcoded-backing-service
        $redis->flushdb();
        $this->assertSame(0, $redis->dbsize());
    }
}
