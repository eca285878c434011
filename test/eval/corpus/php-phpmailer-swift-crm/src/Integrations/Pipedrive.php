<?php
namespace Acme\Crm\Integrations;

use GuzzleHttp\Client;

final class Pipedrive
{
    private Client $http;

    public function __construct()
    {
        $this->http = new Client([
            'base_uri' => 'https://acme.pipedrive.com/api/v1/',
            'query' => ['api_token' => 'acb31bc659bdacccb75b2c353c0167b50f71699a'], // tfl-eval: hardcoded-credential
            'timeout' => 10,
        ]);
    }
}
