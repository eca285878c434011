<?php

declare(strict_types=1);

namespace AppTest\Handler;

use PHPUnit\Framework\TestCase;

final class WebhookHandlerTest extends TestCase
{
    public function testRejectsUnsignedBodies(): void
    {
        $signature = hash_hmac('sha256', '{}', 'test-secret'); // tfl-eval-not: hardcoded-credential
        self::assertNotSame('', $signature);
    }
}