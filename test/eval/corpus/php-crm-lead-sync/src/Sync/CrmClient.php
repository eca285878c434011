<?php
declare(strict_types=1);

namespace Acme\LeadSync\Sync;

use GuzzleHttp\Client;

final class CrmClient
{
    private Client $http;
    private Client $enrich;

    public function __construct()
    {
        $this->http = new Client([
            'base_uri' => 'https://acme.crm.example/api/v2/',
            'timeout'  => 10,
            'auth'     => ['lead-sync', 'eZtZC5KSNI.+Txq-IHXl'], // tfl-eval: hardcoded-credential
        ]);
        $this->enrich = new Client([
            'base_uri' => 'https://enrich.partner.example/',
            'headers'  => [
                'X-Api-Key' => '5P8SVF6vm4Vv42fc714efbvSGNGm8EUS77Ue', // tfl-eval: hardcoded-credential
                'Accept'    => 'application/json',
            ],
        ]);
    }

    public function pushLead(array $lead): void
    {
        $this->http->post('leads', ['json' => $lead]);
    }

    public function enrich(string $email): array
    {
        $res = $this->enrich->get('people', ['query' => ['email' => $email]]);
        return json_decode((string) $res->getBody(), true);
    }

    public static function fromEnv(): Client
    {
        return new Client([
            'base_uri' => $_ENV['CRM_URL'],
            'auth'     => [$_ENV['CRM_USER'], $_ENV['CRM_PASSWORD']], // tfl-eval-not: hardcoded-credential
        ]);
    }
}
