<?php

namespace AppBundle\Service;

use GuzzleHttp\Client;

class PaymentGateway
{
    const ENDPOINT = 'https://api.braintreegateway.com/merchants/';
    const MERCHANT_ID = 'q8w7e6r5t4y3u2i1';
    const PRIVATE_KEY = 'fea10e289ba19d1f8f9b50791906a1c3'; // tfl-eval: hardcoded-credential
    const PUBLIC_KEY = 'm9n8b7v6c5x4z3l2'; // tfl-eval-not: hardcoded-credential

    private $client;

    public function __construct(Client $client, $secret = '%kernel.secret%')
    {
        $this->client = $client;
    }

    public function charge($nonce, $amount)
    {
        return $this->client->post(self::ENDPOINT . self::MERCHANT_ID . '/transactions', [
            'auth' => [self::PUBLIC_KEY, self::PRIVATE_KEY],
            'json' => ['payment_method_nonce' => $nonce, 'amount' => $amount],
        ]);
    }
}
