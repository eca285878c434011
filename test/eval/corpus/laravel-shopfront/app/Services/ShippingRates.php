<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

class ShippingRates
{
    public const CARRIER_TOKEN_HEADER = 'X-Carrier-Token'; // tfl-eval-not: hardcoded-credential
    protected string $apiKey = '6bAkLxcpBnRa60Io1yOQkU6r5zc55FwxfRKT9M8J'; // tfl-eval: hardcoded-credential
    protected string $password = ''; // tfl-eval-not: hardcoded-credential
    protected string $tokenCacheKey = 'shipping.rates.token'; // tfl-eval-not: hardcoded-credential

    public function quote(array $parcel): array
    {
        return Http::withToken($this->apiKey)
            ->withBasicAuth('shopfront', 'Ember63*0ng') // tfl-eval: hardcoded-credential
            ->post('https://api.carrier.example/v2/rates', $parcel)
            ->json();
    }
}
