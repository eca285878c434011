<?php

namespace App\Service;

use Symfony\Contracts\HttpClient\HttpClientInterface;

/** Opens the smart lock for a booked desk. */
class DoorAccess
{
    public const TOKEN_TTL = 900;
    private const STATE_LOCKED = 'locked';

    public function __construct(
        private HttpClientInterface $client,
        private string $lockApiUrl,
        #[\SensitiveParameter] private string $lockApiToken,
    ) {
    }

    public function open(string $doorId): bool
    {
        $response = $this->client->request('POST', $this->lockApiUrl.'/doors/'.$doorId.'/unlock', [
            'auth_bearer' => $this->lockApiToken,
            'timeout' => 5,
        ]);

        return $response->toArray()['state'] !== self::STATE_LOCKED;
    }
}
