<?php

declare(strict_types=1);

namespace Billing;

use Braintree\Gateway;
use Google\Client as GoogleClient;
use Twilio\Rest\Client as TwilioClient;

final class GatewayFactory
{
    public function braintree(array $config): Gateway
    {
        return new Gateway([
            'environment' => $config['environment'],
            'merchantId' => $config['merchant_id'],
            'publicKey' => $config['public_key'],
            'privateKey' => $config['private_key'], // tfl-eval-not: hardcoded-credential
        ]);
    }

    public function sheets(): GoogleClient
    {
        $client = new GoogleClient();
        $client->setApplicationName('billing-export');
        $client->setClientId('40913355012-q1w2e3r4t5y6.apps.googleusercontent.com');
        $client->setClientSecret('GOCSPX-MhJIIryAUjo9tWvLbNeCTrth'); // tfl-eval: hardcoded-credential
        $client->setAccessType('offline');
        return $client;
    }

    public function sms(string $sid): TwilioClient
    {
        return new TwilioClient($sid, 'adec25efee41ae71bcdc5b3868a56b8b'); // tfl-eval: hardcoded-credential
    }
}
