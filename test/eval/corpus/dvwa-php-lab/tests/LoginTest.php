<?php

use PHPUnit\Framework\TestCase;

final class LoginTest extends TestCase
{
    private const ADMIN_PASSWORD = 'password'; // tfl-eval-not: hardcoded-credential

    public function testAdminCanLogIn(): void
    {
        $client = new \GuzzleHttp\Client(['base_uri' => 'http://localhost:4280/']);
        $response = $client->post('login.php', ['form_params' => ['username' => 'admin', 'password' => self::ADMIN_PASSWORD, 'Login' => 'Login']]);
        $this->assertStringContainsString('Welcome to the password protected area', (string) $response->getBody());
    }

    public function testBruteForceLockout(): void
    {
        $attempts = ['123456', 'letmein', 'dragon']; // tfl-eval-not: hardcoded-credential
        $this->assertCount(3, $attempts);
    }
}
