<?php

declare(strict_types=1);

namespace Corner\Shop\Payments;

use Omnipay\Omnipay;

final class PaypalExpress
{
    public static function gateway(): \Omnipay\PayPal\ExpressGateway
    {
        $gateway = Omnipay::create('PayPal_Express');
        $gateway->setUsername('payments_api1.cornershop.example');
        $gateway->setPassword('Q7KJ2VXM8RZ4P3LN'); // tfl-eval: hardcoded-credential
        $gateway->setSignature('AFcWxV21C7fd0v3bYYYRCpSSRl31A8yTqLbZ2x4bZ9mqVkNfWc3Pq-1a'); // tfl-eval: hardcoded-credential
        $gateway->setTestMode(false);
        $gateway->setBrandName('Corner Shop');

        return $gateway;
    }
}
