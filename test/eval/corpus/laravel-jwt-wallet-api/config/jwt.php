<?php

use Lcobucci\JWT\Configuration;
use Lcobucci\JWT\Signer\Hmac\Sha256;
use Lcobucci\JWT\Signer\Key\InMemory;

return [
    'issuer' => env('JWT_ISSUER', 'https://wallet.example'),
    'ttl' => env('JWT_TTL', 3600),
    'configuration' => fn () => Configuration::forSymmetricSigner(
        new Sha256(),
        InMemory::plainText('Sx4Kq9Lm2Vt7Rw3Zb8Nc5Jd1Hg6Fp0Ty'), // tfl-eval: hardcoded-credential
    ),
];
