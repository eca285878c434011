<?php

declare(strict_types=1);

namespace App\Payment;

use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Contracts\HttpClient\HttpClientInterface;

final class WarehouseClient
{
    private const AUTH_HEADER = 'X-WMS-Token'; // tfl-eval-not: hardcoded-credential

    public function __construct(
        private readonly HttpClientInterface $http,
        #[Autowire('%teashop.warehouse_api_url%')] private readonly string $baseUrl,
        #[Autowire('%env(WMS_API_TOKEN)%')] private readonly string $token,
    ) {
    }

    public function reserve(string $sku, int $qty): array
    {
        return $this->http->request('POST', $this->baseUrl . '/reservations', [
            'headers' => [self::AUTH_HEADER => $this->token],
            'json' => ['sku' => $sku, 'quantity' => $qty],
        ])->toArray();
    }
}
