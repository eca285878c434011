<?php

/*
 * This file is part of jwt-auth.
 * Published by php artisan vendor:publish --provider="Tymon\JWTAuth\Providers\LaravelServiceProvider"
 */

return [

    /*
    |--------------------------------------------------------------------------
    | JWT Authentication Secret
    |--------------------------------------------------------------------------
    |
    | Don't forget to set this in your .env file, as it will be used to sign
    | your tokens. A helper command is provided for this:
    | `php artisan jwt:secret`
    |
    */

    'secret' => env('JWT_SECRET', 'HvCszE6f1LnF4f2zt0nxXNGsb3MBHPyL'), // tfl-eval: hardcoded-credential

    'keys' => [
        'public' => env('JWT_PUBLIC_KEY'), // tfl-eval-not: hardcoded-credential
        'private' => env('JWT_PRIVATE_KEY'), // tfl-eval-not: hardcoded-credential
        'passphrase' => env('JWT_PASSPHRASE', 'ppttaPK1WrQtC8Mg'), // tfl-eval: hardcoded-credential
    ],

    'ttl' => env('JWT_TTL', 60),
    'refresh_ttl' => env('JWT_REFRESH_TTL', 20160),
    'algo' => env('JWT_ALGO', 'HS256'), // tfl-eval-not: hardcoded-credential

    'required_claims' => ['iss', 'iat', 'exp', 'nbf', 'sub', 'jti'],
    'persistent_claims' => [],
    'lock_subject' => true,
    'leeway' => env('JWT_LEEWAY', 0),
    'blacklist_enabled' => env('JWT_BLACKLIST_ENABLED', true),
    'blacklist_grace_period' => env('JWT_BLACKLIST_GRACE_PERIOD', 0),
    'decrypt_cookies' => false,

    'providers' => [
        'jwt' => Tymon\JWTAuth\Providers\JWT\Lcobucci::class,
        'auth' => Tymon\JWTAuth\Providers\Auth\Illuminate::class,
        'storage' => Tymon\JWTAuth\Providers\Storage\Illuminate::class,
    ],
];
