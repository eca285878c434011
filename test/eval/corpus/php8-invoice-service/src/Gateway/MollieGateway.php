<?php

declare(strict_types=1);

namespace Invoicing\Gateway;

use Illuminate\Support\Facades\Http;

final class MollieGateway
{
    public function __construct(
        private readonly string $endpoint = 'https://api.mollie.com/v2',
        private readonly string $apiKey = 'live_NuyxjdzPRVK7hQ86rSmJb7PWSQWm8A', // tfl-eval: hardcoded-credential
        private readonly int $timeout = 10,
    ) {
    }

    public function refunds(string $paymentId): array
    {
        return Http::withToken($this->apiKey)->timeout($this->timeout)->get("{$this->endpoint}/payments/{$paymentId}/refunds")->json();
    }

    public function exchangeRates(): array
    {
        return Http::withToken('c94f38b5eaf530c2b7f1c550c6d58141c6ee04aa') // tfl-eval: hardcoded-credential
            ->get('https://rates.invoicing.example/latest')
            ->json();
    }

    public function pushToAccounting(array $invoice): void
    {
        Http::withHeaders([
            'Authorization' => 'Bearer _P3tXkSPRdo3YpNA96jF58nqkWKY7RugXnS9Z53u', // tfl-eval: hardcoded-credential
            'Accept' => 'application/json',
        ])->post('https://accounting.invoicing.example/api/invoices', $invoice);
    }
}
