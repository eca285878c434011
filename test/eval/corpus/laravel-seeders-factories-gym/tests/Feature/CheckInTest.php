<?php

namespace Tests\Feature;

use App\Models\User;
use Tests\TestCase;

class CheckInTest extends TestCase
{
    public function test_member_checks_in(): void
    {
        $user = User::factory()->create(['password' => bcrypt('member-secret-1')]);
        $this->post('/login', ['email' => $user->email, 'password' => 'member-secret-1'])->assertRedirect('/dashboard');
    }
}
