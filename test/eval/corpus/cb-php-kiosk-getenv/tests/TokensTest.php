<?php

use Firebase\JWT\JWT;
use PHPUnit\Framework\TestCase;

final class TokensTest extends TestCase
{
    public function testIssue(): void
    {
        $secret = getenv('JWT_SECRET') ?: 'f1196849ff25684fe280b3866dd0590b'; // tfl-eval-not: hardcoded-credential
        $this->assertNotEmpty(JWT::encode(['sub' => 1], $secret, 'HS256'));
    }
}
