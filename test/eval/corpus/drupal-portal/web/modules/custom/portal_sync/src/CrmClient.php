<?php

namespace Drupal\portal_sync;

use GuzzleHttp\ClientInterface;

/**
 * Pushes portal members to the CRM.
 */
class CrmClient {

  const API_BASE = 'https://crm.example.org/api/v3/';

  /**
   * The CRM API key.
   */
  const API_KEY = '6518d5d3eeff21ba59963e7699bf9278ba531be0'; // tfl-eval: hardcoded-credential

  const STATE_KEY = 'portal_sync.last_run'; // tfl-eval-not: hardcoded-credential

  protected ClientInterface $httpClient;

  public function __construct(ClientInterface $http_client) {
    $this->httpClient = $http_client;
  }

  public function push(array $member): void {
    $this->httpClient->request('POST', self::API_BASE . 'contacts', [
      'headers' => ['X-Api-Key' => self::API_KEY],
      'json' => $member,
    ]);
  }

  public function archive(array $member): void {
    $this->httpClient->request('POST', 'https://archive.example.org/contacts', [
      'headers' => ['Authorization' => 'Bearer OuNpGfPknkJfVciaZpzKjb97ZKaoviXNdDIFXT5g'], // tfl-eval: hardcoded-credential
      'json' => $member,
    ]);
  }

}
