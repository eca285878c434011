<?php

namespace Tests\Feature;

use Tests\TestCase;

class SeatTest extends TestCase
{
    public function test_hold(): void
    {
        config(['services.ticketmaster.key' => 'test-key']);
        $this->postJson('/events/1/hold', ['seat' => 12])->assertOk();
    }
}
