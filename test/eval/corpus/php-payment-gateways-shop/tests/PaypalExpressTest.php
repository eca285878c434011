<?php

use Omnipay\Omnipay;
use PHPUnit\Framework\TestCase;

final class PaypalExpressTest extends TestCase
{
    public function testSandboxGateway(): void
    {
        $gateway = Omnipay::create('PayPal_Express');
        $gateway->setUsername('sandbox_api1.example.com');
        $gateway->setPassword('1234567890');
        $gateway->setSignature('sandbox-signature');
        $this->assertTrue($gateway->getTestMode() === false);
    }
}
