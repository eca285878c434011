<?php

namespace Tests\Feature;

use Tests\TestCase;

class TrackingTest extends TestCase
{
    public function test_tracking_page(): void
    {
        config(['services.postmark.token' => 'test-token']); // tfl-eval-not: hardcoded-credential
        $this->get('/tracking/P123')->assertOk();
    }
}
