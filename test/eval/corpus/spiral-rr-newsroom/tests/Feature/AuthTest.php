<?php

declare(strict_types=1);

namespace Tests\Feature;

use Tests\TestCase;

final class AuthTest extends TestCase
{
    private const PASSWORD = 'editor-password-for-tests'; // tfl-eval-not: hardcoded-credential

    protected function setUp(): void
    {
        parent::setUp();
        $this->withEnvironment(['JWT_SECRET' => 'test-jwt-secret-0123456789']); // tfl-eval-not: hardcoded-credential
        $this->seedEditor('ed@newsroom.test', password_hash(self::PASSWORD, PASSWORD_BCRYPT));
    }

    public function testLoginWithTheRightPassword(): void
    {
        $this->fakeHttp()->postJson('/api/login', ['email' => 'ed@newsroom.test', 'password' => self::PASSWORD])->assertOk();
    }

    public function testLoginWithAWrongPassword(): void
    {
        $this->fakeHttp()->postJson('/api/login', ['email' => 'ed@newsroom.test', 'password' => 'nope'])->assertStatus(401); // tfl-eval-not: hardcoded-credential
    }
}
