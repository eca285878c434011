<?php

namespace App\Services;

use Symfony\Component\HttpClient\HttpClient;

class FxFeed
{
    public function latest(): array
    {
        $client = HttpClient::create([
            'base_uri' => 'https://fx.feeds.example/',
            'auth_bearer' => 'Qe2Wr6Ty9Ui3Op7As1Df5Gh8Jk4Lz0Xc', // tfl-eval: hardcoded-credential
        ]);
        return $client->request('GET', 'v1/latest', ['query' => ['base' => 'EUR']])->toArray();
    }
}
