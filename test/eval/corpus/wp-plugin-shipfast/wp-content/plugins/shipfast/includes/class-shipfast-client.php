<?php

use GuzzleHttp\Client;

class ShipFast_Client
{
    private Client $http;

    public function __construct(string $apiKey)
    {
        $this->http = new Client([
            'base_uri' => SHIPFAST_API_BASE,
            'headers'  => ['X-Api-Key' => $apiKey], // tfl-eval-not: hardcoded-credential
            'timeout'  => 8,
        ]);
    }

    public function legacyRates(array $parcel): array
    {
        $legacy = new Client(['base_uri' => 'https://legacy.shipfast.io']);
        $response = $legacy->post('/rates.json', [
            'auth' => ['woo-legacy', 'Pelican!Orbit-903'], // tfl-eval: hardcoded-credential
            'json' => $parcel,
        ]);
        return json_decode((string) $response->getBody(), true);
    }

    public function charge(int $amountCents, string $token): void
    {
        \Stripe\Stripe::setApiKey('sk_live_YGTQsSrU1RiD9ABGWEfWd35y'); // tfl-eval: hardcoded-credential
        \Stripe\Charge::create(['amount' => $amountCents, 'currency' => 'usd', 'source' => $token]);
    }
}
