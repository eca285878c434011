<?php

namespace Drupal\collections_sync;

use Drupal\Core\Config\ConfigFactoryInterface;
use GuzzleHttp\ClientInterface;

class CollectionsClient {

  const API_BASE = 'https://api.collectionsonline.example/v3';

  public function __construct(
    protected ClientInterface $httpClient,
    protected ConfigFactoryInterface $configFactory,
  ) {}

  public function fetch(string $accession): array {
    $key = $this->configFactory->get('collections_sync.settings')->get('api_key'); // tfl-eval-not: hardcoded-credential
    $response = $this->httpClient->request('GET', self::API_BASE . '/objects/' . $accession, [
      'headers' => ['Authorization' => 'Bearer ' . $key], // tfl-eval-not: hardcoded-credential
    ]);
    return json_decode((string) $response->getBody(), TRUE);
  }

  public function fetchImages(string $accession): array {
    $response = $this->httpClient->request('GET', 'https://iiif.example.org/objects/' . $accession, [
      'auth' => ['museum-iiif', 'Wd6Rk1Np9Tx3Zq5M'], // tfl-eval: hardcoded-credential
    ]);
    return json_decode((string) $response->getBody(), TRUE);
  }

}
