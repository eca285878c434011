<?php
namespace Acme\Checkout\Payments;

use Razorpay\Api\Api;

final class Asia
{
    public static function razorpay(): Api
    {
        return new Api('rzp_live_lgacmC6I3df2B2', 'ibh85wGEp1TbO4nEIEqD3mFz'); // tfl-eval: hardcoded-credential
    }

    public static function midtrans(): void
    {
        \Midtrans\Config::$serverKey = 'Mid-server-nV5UkO3XxWUsPaUhZp0nyYax'; // tfl-eval: hardcoded-credential
        \Midtrans\Config::$clientKey = 'Mid-client-lsTwkJIf5Fu0eNqL'; // tfl-eval-not: hardcoded-credential
        \Midtrans\Config::$isProduction = true;
    }
}
