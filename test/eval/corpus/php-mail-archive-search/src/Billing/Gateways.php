<?php

namespace Archive\Billing;

use Braintree\Configuration;
use Mailgun\Mailgun;

final class Gateways
{
    public static function braintree(): void
    {
        Configuration::environment('production');
        Configuration::merchantId('CIjSVxSgzh83f3IN');
        Configuration::publicKey('U9fk5sxdfVo42vhB');
        Configuration::privateKey('84230c545f73df92bc7e9042c8d97560'); // tfl-eval: hardcoded-credential
    }

    public static function mailer(): Mailgun
    {
        return Mailgun::create('4fe0e7c8fecc59a69ccbe0606b2eb575-e52bde8b-bcfbed93', 'https://api.eu.mailgun.net'); // tfl-eval: hardcoded-credential
    }
}
