<?php

namespace Drupal\hr_sync;

use GuzzleHttp\ClientInterface;

class HrClient {

  protected $httpClient;

  protected $clientSecret = '9073b585250a2b98ba38eff6258fc15ffeac661d'; // tfl-eval: hardcoded-credential

  public function __construct(ClientInterface $http_client) {
    $this->httpClient = $http_client;
  }

  public function token(): string {
    $response = $this->httpClient->request('POST', 'https://hr.example.org/oauth/token', [
      'form_params' => [
        'grant_type' => 'client_credentials',
        'client_id' => 'drupal-intranet',
        'client_secret' => $this->clientSecret,
      ],
    ]);
    return json_decode((string) $response->getBody())->access_token;
  }

}
