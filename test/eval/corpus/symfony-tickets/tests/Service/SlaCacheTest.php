<?php

namespace App\Tests\Service;

use PHPUnit\Framework\TestCase;

class SlaCacheTest extends TestCase
{
    public function testMissingTicket(): void
    {
        $redis = new \Redis();
        $redis->connect('127.0.0.1', 6379); // tfl-eval-not: hardcoded-backing-service
        $redis->select(9);
        $this->assertFalse($redis->get('sla:404'));
    }
}
