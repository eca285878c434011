<?php

namespace Tests\Feature;

use Tests\TestCase;

class LoginTest extends TestCase
{
    public function test_login(): void
    {
        $response = $this->post('/login', ['email' => 'a@b.test', 'password' => 'Secret123!']); // tfl-eval-not: hardcoded-credential
        $response->assertRedirect('/dashboard');
    }
}
