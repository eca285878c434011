<?php

namespace Tests\Feature;

use App\Models\User;
use Illuminate\Foundation\Testing\RefreshDatabase;
use Tests\TestCase;

class LoginTest extends TestCase
{
    use RefreshDatabase;

    public function test_users_can_authenticate(): void
    {
        $user = User::factory()->create(['password' => bcrypt('correct-horse-42')]);

        $response = $this->post('/login', [
            'email' => $user->email,
            'password' => 'correct-horse-42', // tfl-eval-not: hardcoded-credential
        ]);

        $this->assertAuthenticated();
        config(['services.stripe.secret' => 'sk_test_fake']);
    }
}
