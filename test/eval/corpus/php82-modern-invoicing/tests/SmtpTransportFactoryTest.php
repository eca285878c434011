<?php

declare(strict_types=1);

use Ledgerbird\Mail\SmtpTransportFactory;
use PHPUnit\Framework\TestCase;

final class SmtpTransportFactoryTest extends TestCase
{
    public function testItUsesTheGivenCredentials(): void
    {
        $factory = new SmtpTransportFactory(host: 'localhost', port: 1025, username: 'test', password: 'secret123');
        self::assertSame('test', $factory->create()->getUsername());
    }
}
