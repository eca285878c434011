<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

class XeroSync
{
    private const TOKEN_URL = 'https://identity.xero.com/connect/token';
    private const GRANT_REFRESH = 'refresh_token'; // tfl-eval-not: hardcoded-credential

    public function refresh(string $refreshToken): array
    {
        return Http::asForm()
            ->withBasicAuth(config('services.xero.client_id'), config('services.xero.client_secret'))
            ->post(self::TOKEN_URL, ['grant_type' => self::GRANT_REFRESH, 'refresh_token' => $refreshToken])
            ->throw()
            ->json();
    }
}
