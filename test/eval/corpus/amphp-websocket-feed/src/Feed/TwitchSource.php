<?php

declare(strict_types=1);

namespace App\Feed;

use Amp\Http\Client\HttpClient;
use Amp\Http\Client\Request;

final class TwitchSource
{
    private const TOKEN_URL = 'https://id.twitch.tv/oauth2/token';
    private const CLIENT_SECRET = '4drs7ywbqyz5e1j1pgpu706rtxxn4s'; // tfl-eval: hardcoded-credential

    public function __construct(private HttpClient $http, private string $clientId) {}

    public function appToken(): string
    {
        $request = new Request(self::TOKEN_URL, 'POST', http_build_query([
            'client_id' => $this->clientId,
            'client_secret' => self::CLIENT_SECRET,
            'grant_type' => 'client_credentials', // tfl-eval-not: hardcoded-credential
        ]));
        $response = $this->http->request($request);
        return json_decode($response->getBody()->buffer(), true)['access_token'];
    }
}