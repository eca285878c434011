<?php

use Invoicing\Gateway\MollieGateway;
use PHPUnit\Framework\TestCase;

final class MollieGatewayTest extends TestCase
{
    public function testBuilds(): void
    {
        $gateway = new MollieGateway(apiKey: 'test_dummykey'); // tfl-eval-not: hardcoded-credential
        $this->assertInstanceOf(MollieGateway::class, $gateway);
    }
}
