<?php

namespace Tests\Feature;

use GuzzleHttp\Client;
use Tests\TestCase;

class WarehouseTest extends TestCase
{
    public function test_it_sends_basic_auth(): void
    {
        $client = new Client(['auth' => ['tester', 'tester-password']]); // tfl-eval-not: hardcoded-credential
        $this->assertNotNull($client);
    }
}
