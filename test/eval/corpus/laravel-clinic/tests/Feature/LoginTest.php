<?php

namespace Tests\Feature;

use Tests\TestCase;

class LoginTest extends TestCase
{
    public function test_staff_can_log_in(): void
    {
        $response = $this->post('/login', ['email' => 'empfang@clinic.test', 'password' => 'kestrel87!']); // tfl-eval-not: hardcoded-credential
        $response->assertRedirect('/dashboard');
    }
}
