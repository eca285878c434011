<?php

class PluginAcmeassetsSnipeit extends CommonDBTM
{
    private const BASE_URL = 'https://assets.acme.example/api/v1';

    public static function client(): \GuzzleHttp\Client
    {
        return new \GuzzleHttp\Client([
            'base_uri' => self::BASE_URL,
            'headers' => [
                'Authorization' => 'Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJzbmlwZSIsInN1YiI6IjMyNzA3MTg4IiwianRpIjoiNjMwYjJhZjQ5NTYzMTBjOTU2MGJmYzRlMmNiMDdmYWQifQ.BKazpULgH_U0kgLTsX_iUPKhY4hpbC6Kyn2Y3UHNsvU', // tfl-eval: hardcoded-credential
                'Accept' => 'application/json',
            ],
        ]);
    }
}