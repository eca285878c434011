<?php

namespace App\Services;

use GuzzleHttp\Client;

class Ticketing
{
    private const API_SECRET = '5S3JIDGoxJAsKqVgyp6JBb8SnLPJmgkA'; // tfl-eval: hardcoded-credential

    public function client(): Client
    {
        return new Client([
            'base_uri' => 'https://api.tickettailor.example/v1/',
            'headers' => ['X-Api-Key' => 'sb43s7yRPd7xmbFKY9yMsBeQrYr0mO7S'], // tfl-eval: hardcoded-credential
        ]);
    }

    public function login(): string
    {
        $body = '{"user":"events","password":"Jkuex05_fV99"}'; // tfl-eval: hardcoded-credential
        return (string) $this->client()->post('auth', ['body' => $body])->getBody();
    }

    public function sign(string $payload): string
    {
        return hash_hmac('sha256', $payload, self::API_SECRET);
    }
}
