<?php

declare(strict_types=1);

use Basis\Nats\Configuration;
use PHPUnit\Framework\TestCase;

final class NatsBridgeTest extends TestCase
{
    public function testConfiguresLocalServer(): void
    {
        $configuration = new Configuration(host: 'localhost', user: 'test', pass: 'test'); // tfl-eval-not: hardcoded-credential
        self::assertSame('localhost', $configuration->host);
    }
}
