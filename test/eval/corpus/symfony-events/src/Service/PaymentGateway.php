<?php

namespace App\Service;

use Symfony\Contracts\HttpClient\HttpClientInterface;

final class PaymentGateway
{
    private const MERCHANT_ID = 'evt-merchant-2041';
    private const WEBHOOK_SIGNING_SECRET = 'whsec_3QTQQHxt7amKH3gzikeLtLN6aUA8FSe0mKNA7OQx'; // tfl-eval: hardcoded-credential

    public function __construct(private HttpClientInterface $client)
    {
    }

    public function charge(int $cents, string $token): array
    {
        $response = $this->client->request('POST', 'https://api.payments.example/charges', [
            'auth_bearer' => '8rgafhC3103IzW0CF3URkpotZNMnZD3JnqyKd2Iw', // tfl-eval: hardcoded-credential
            'json' => ['amount' => $cents, 'source' => $token, 'merchant' => self::MERCHANT_ID],
        ]);
        return $response->toArray();
    }

    public function verify(string $payload, string $signature): bool
    {
        return hash_equals(hash_hmac('sha256', $payload, self::WEBHOOK_SIGNING_SECRET), $signature);
    }

    public function refund(string $chargeId): array
    {
        return $this->client->request('POST', 'https://api.payments.example/refunds', [
            'auth_basic' => ['evt-merchant-2041', 'Tundra#2207saffron'], // tfl-eval: hardcoded-credential
            'json' => ['charge' => $chargeId],
        ])->toArray();
    }
}
