<?php

namespace App\Support;

use GuzzleHttp\Client;

final class PartnerClient
{
    private Client $http;

    public function __construct(string $baseUri, private readonly string $apiKey)
    {
        $this->http = new Client(['base_uri' => $baseUri, 'timeout' => 10]);
    }

    public function availability(string $propertyId): array
    {
        $response = $this->http->get("properties/{$propertyId}/availability", [
            'headers' => ['X-Api-Key' => $this->apiKey],
        ]);

        return json_decode((string) $response->getBody(), true, flags: JSON_THROW_ON_ERROR);
    }
}
