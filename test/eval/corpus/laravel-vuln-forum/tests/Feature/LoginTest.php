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
        $user = User::factory()->create(['password' => bcrypt('correct-horse')]); // tfl-eval-not: hardcoded-credential

        $response = $this->post('/login', ['email' => $user->email, 'password' => 'correct-horse']); // tfl-eval-not: hardcoded-credential

        $this->assertAuthenticated();
        $response->assertRedirect('/threads');
    }

    public function test_github_token_is_masked(): void
    {
        $token = 'ghp_EZiXtMfEt8dGEIvFWkQ1nNIJ1r0bhjpcy2j9'; // tfl-eval: hardcoded-credential
        $this->assertStringNotContainsString($token, view('settings')->render());
    }
}
