<?php

declare(strict_types=1);

return [
    'authentication' => [
        'private_key'    => __DIR__ . '/../../data/oauth/private.key', // tfl-eval-not: hardcoded-credential
        'public_key'     => __DIR__ . '/../../data/oauth/public.key', // tfl-eval-not: hardcoded-credential
        'encryption_key' => '0tF36QvIVKibr35hwyuLYEO77qq8hu2ZV1Jz8PUcXDo=', // tfl-eval: hardcoded-credential
        'access_token_expire'  => 'P1D', // tfl-eval-not: hardcoded-credential
        'refresh_token_expire' => 'P1M', // tfl-eval-not: hardcoded-credential
        'grants' => [
            \League\OAuth2\Server\Grant\ClientCredentialsGrant::class => \League\OAuth2\Server\Grant\ClientCredentialsGrant::class,
        ],
    ],
];