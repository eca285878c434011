<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

class KycClient
{
    public function verify(string $customerId): array
    {
        return Http::withToken('Vb7Nm3Qx9Lk2Wr5Tz8Pc1Hd4Jf6Gs0Ay') // tfl-eval: hardcoded-credential
            ->acceptJson()
            ->post('https://api.kyc-partner.example/v2/checks', ['customer' => $customerId])
            ->json();
    }

    public function sandbox(string $customerId): array
    {
        return Http::withToken(config('services.kyc.token')) // tfl-eval-not: hardcoded-credential
            ->post('https://sandbox.kyc-partner.example/v2/checks', ['customer' => $customerId])
            ->json();
    }
}
