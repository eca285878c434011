<?php

namespace App\Partner;

use Symfony\Contracts\HttpClient\HttpClientInterface;

final class CarrierClient
{
    public function __construct(
        private readonly HttpClientInterface $http,
        private readonly string $baseUri,
        #[\SensitiveParameter] private readonly string $apiToken,
    ) {
    }

    public function track(string $parcel): array
    {
        return $this->http->request('GET', $this->baseUri.'/parcels/'.$parcel, [
            'headers' => ['Authorization' => 'Bearer '.$this->apiToken], // tfl-eval-not: hardcoded-credential
        ])->toArray();
    }
}
