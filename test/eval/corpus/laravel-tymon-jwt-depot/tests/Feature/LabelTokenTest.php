<?php

namespace Tests\Feature;

use Tests\TestCase;

class LabelTokenTest extends TestCase
{
    protected function setUp(): void
    {
        parent::setUp();
        config(['jwt.secret' => 'testing-secret-not-used-anywhere-else']); // tfl-eval-not: hardcoded-credential
    }

    public function test_printer_gets_a_token(): void
    {
        $response = $this->postJson('/api/printers/token', ['bay' => 'B12', 'password' => 'password']); // tfl-eval-not: hardcoded-credential

        $response->assertOk()->assertJsonStructure(['token']);
    }
}
