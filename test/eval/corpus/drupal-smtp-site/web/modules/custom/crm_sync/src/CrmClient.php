<?php

namespace Drupal\crm_sync;

use GuzzleHttp\ClientInterface;

class CrmClient {

  const TOKEN_URL = 'https://crm.council.example.gov/oauth/token';

  public function __construct(private ClientInterface $http, private string $clientId, private string $clientSecret) {}

  public function token(): string {
    $response = $this->http->request('POST', self::TOKEN_URL, [
      'form_params' => [
        'grant_type' => 'client_credentials', // tfl-eval-not: hardcoded-credential
        'client_id' => $this->clientId,
        'client_secret' => $this->clientSecret, // tfl-eval-not: hardcoded-credential
      ],
      'auth' => ['crm-sync', 'Marten%Pine%3307'], // tfl-eval: hardcoded-credential
    ]);
    return json_decode((string) $response->getBody(), TRUE)['access_token'];
  }

}
