<?php

namespace App\Service;

use Symfony\Contracts\HttpClient\HttpClientInterface;

final class WooSync
{
    public function __construct(private HttpClientInterface $http)
    {
    }

    public function products(): array
    {
        return $this->http->request('GET', 'https://shop.marketplace.example/wp-json/wc/v3/products', [
            'auth_basic' => ['ck_cf55168424dfdc4bbd9ba75b766cca56f4fb73bd', 'cs_08add192dff9cbd97d773c37878f640cd6456674'], // tfl-eval: hardcoded-credential
        ])->toArray();
    }
}
