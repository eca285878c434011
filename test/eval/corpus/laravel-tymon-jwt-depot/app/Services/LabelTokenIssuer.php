<?php

namespace App\Services;

use DateTimeImmutable;
use Lcobucci\JWT\Configuration;
use Lcobucci\JWT\Signer\Hmac\Sha256;
use Lcobucci\JWT\Signer\Key\InMemory;

/**
 * Signs the short-lived tokens the label printers in each bay use to fetch pick lists.
 */
class LabelTokenIssuer
{
    private Configuration $config;

    public function __construct()
    {
        $this->config = Configuration::forSymmetricSigner(
            new Sha256(),
            InMemory::plainText('O2gnP4v5MTOEArsOoqpsR4rk2hT9orz0') // tfl-eval: hardcoded-credential
        );
    }

    public static function forScanners(): Configuration
    {
        return Configuration::forSymmetricSigner(
            new Sha256(),
            InMemory::base64Encoded(config('services.scanners.signing_key')) // tfl-eval-not: hardcoded-credential
        );
    }

    public static function forCarrierWebhooks(): Configuration
    {
        return Configuration::forSymmetricSigner(
            new Sha256(),
            InMemory::file(storage_path('keys/carrier-hmac.key')) // tfl-eval-not: hardcoded-credential
        );
    }

    public function issue(string $bay): string
    {
        $now = new DateTimeImmutable();

        return $this->config->builder()
            ->issuedBy('https://depot.example.com')
            ->permittedFor('label-printer')
            ->withClaim('bay', $bay)
            ->issuedAt($now)
            ->expiresAt($now->modify('+10 minutes'))
            ->getToken($this->config->signer(), $this->config->signingKey())
            ->toString();
    }
}
