<?php

namespace Tests\Feature;

use App\Support\PartnerClient;
use PHPUnit\Framework\TestCase;

final class PartnerClientTest extends TestCase
{
    public function test_it_sends_the_key(): void
    {
        $client = new PartnerClient('http://localhost:8089/', 'test-key'); // tfl-eval-not: hardcoded-credential
        $this->assertInstanceOf(PartnerClient::class, $client);
    }
}
