<?php

namespace App\Services;

use GuzzleHttp\Client;

class WarehouseClient
{
    private Client $http;

    public function __construct()
    {
        $this->http = new Client([
            'base_uri' => 'https://wms.partner.example/api/',
            'auth' => ['partnerhub', '7rFROFyE8eItQhnNCF6f'], // tfl-eval: hardcoded-credential
            'timeout' => 10,
        ]);
    }

    public function legacyStock(): array
    {
        $res = $this->http->get('stock', ['auth' => ['legacy', 'iBqHwwFezw9wHA30', 'digest']]); // tfl-eval: hardcoded-credential
        return json_decode((string) $res->getBody(), true);
    }

    public function configured(): Client
    {
        return new Client(['auth' => [config('services.wms.user'), config('services.wms.password')]]); // tfl-eval-not: hardcoded-credential
    }
}
