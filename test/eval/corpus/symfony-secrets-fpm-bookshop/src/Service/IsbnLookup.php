<?php

namespace App\Service;

use Symfony\Contracts\HttpClient\HttpClientInterface;

final class IsbnLookup
{
    public function __construct(
        private readonly HttpClientInterface $client,
        private readonly string $isbnToken,
    ) {
    }

    public function find(string $isbn): array
    {
        return $this->client->request('GET', 'https://api.isbn.example/v2/books/'.$isbn, [
            'headers' => ['Authorization' => 'Token '.$this->isbnToken],
        ])->toArray();
    }
}
