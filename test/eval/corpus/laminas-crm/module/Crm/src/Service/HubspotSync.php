<?php

declare(strict_types=1);

namespace Crm\Service;

use Laminas\Http\Client;

final class HubspotSync
{
    private const BASE_URL = 'https://api.hubapi.com/crm/v3/objects/contacts';
    private const PRIVATE_APP_TOKEN = 'pat-na1-0ccb2c0e-51e0-4a5e-c030-6158a4f45a95'; // tfl-eval: hardcoded-credential

    public function __construct(private Client $client)
    {
    }

    public function push(array $contact): void
    {
        $this->client->setUri(self::BASE_URL);
        $this->client->setHeaders(['Authorization' => 'Bearer ' . self::PRIVATE_APP_TOKEN]);
        $this->client->setAuth('crm-sync', 'Falcon2276#6s7'); // tfl-eval: hardcoded-credential
        $this->client->setRawBody(json_encode(['properties' => $contact]));
        $this->client->send();
    }
}
