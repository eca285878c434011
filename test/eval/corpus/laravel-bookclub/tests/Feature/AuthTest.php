<?php

namespace Tests\Feature;

use App\Models\User;
use Tests\TestCase;

class AuthTest extends TestCase
{
    public function test_login_with_the_right_password(): void
    {
        $user = User::factory()->create(['password' => 'secret-password-1']);

        $this->postJson('/login', ['email' => $user->email, 'password' => 'secret-password-1'])
            ->assertOk()
            ->assertJsonStructure(['token', 'token_type']);
    }

    public function test_login_with_a_wrong_password(): void
    {
        $user = User::factory()->create();

        $this->postJson('/login', ['email' => $user->email, 'password' => 'wrong-password'])
            ->assertUnprocessable();
    }
}
