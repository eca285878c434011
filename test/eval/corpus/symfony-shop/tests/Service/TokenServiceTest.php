<?php

namespace App\Tests\Service;

use App\Service\TokenService;
use PHPUnit\Framework\TestCase;

class TokenServiceTest extends TestCase
{
    public function testIssue(): void
    {
        $service = new TokenService('test-access-secret');
        $password = 'Test-Pass-123';
        $this->assertNotEmpty($service->issue(1));
    }
}
