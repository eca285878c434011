<?php
namespace Acme\Checkout\Payments;

final class Braintree
{
    public static function configure(): void
    {
        \Braintree\Configuration::environment('production');
        \Braintree\Configuration::merchantId('wzlblovulqa1oppi');
        \Braintree\Configuration::publicKey('ssbliluyglfqlghs'); // tfl-eval-not: hardcoded-credential
        \Braintree\Configuration::privateKey('f0bd7491027523af45c0aa5147a871a0'); // tfl-eval: hardcoded-credential
    }
}
