<?php
namespace Acme\Crm\Integrations;

use GuzzleHttp\Client;

final class Zendesk
{
    public function tickets(): array
    {
        $http = new Client(['base_uri' => 'https://acmecrm.zendesk.com/api/v2/']);
        $res = $http->get('tickets.json', [
            'auth' => ['support@acme-crm.io/token', 'p1uHYxftJi0gK62XYVxhAHA4H2sNnDJDAwJPLpXp'], // tfl-eval: hardcoded-credential
        ]);
        return json_decode((string) $res->getBody(), true);
    }

    public function search(string $q): array
    {
        $http = new Client(['base_uri' => 'https://acmecrm.zendesk.com/api/v2/']);
        $res = $http->get('search.json', [
            'query' => ['query' => $q],
            'auth' => [getenv('ZENDESK_USER'), getenv('ZENDESK_TOKEN')], // tfl-eval-not: hardcoded-credential
        ]);
        return json_decode((string) $res->getBody(), true);
    }
}
