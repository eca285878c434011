<?php

namespace App\Service;

use Symfony\Contracts\HttpClient\HttpClientInterface;

final class WeatherClient
{
    private const TOKEN_QUERY_PARAMETER = 'appid'; // tfl-eval-not: hardcoded-credential

    public function __construct(
        private HttpClientInterface $client,
        private string $apiKey = '51a9c040f18aa367cc80b8907cb60613', // tfl-eval: hardcoded-credential
        private string $cachePrefix = 'weather_',
    ) {
    }

    public function current(string $city): array
    {
        return $this->client->request('GET', 'https://api.openweathermap.org/data/2.5/weather', [
            'query' => ['q' => $city, self::TOKEN_QUERY_PARAMETER => $this->apiKey],
            'auth_basic' => ['weather', 'Ember462#5cl'], // tfl-eval: hardcoded-credential
        ])->toArray();
    }
}
