<?php

namespace App\Services;

use GuzzleHttp\Client;
use Illuminate\Support\Facades\Config;

class InsuranceGateway
{
    private const SIGNING_SECRET = '72eb63270cf0674cccac4dcf7b7aa04ef6cbb67b'; // tfl-eval: hardcoded-credential

    protected static string $partnerToken = 'eB3S7L5uMyjFG0O7le76TglDRHqNBRRiTIAgvc2X'; // tfl-eval: hardcoded-credential

    public function __construct(private ?Client $http = null)
    {
        $this->http ??= new Client([
            'base_uri' => 'https://gateway.kv-connect.example/api/',
            'auth' => [config('services.kv.user'), config('services.kv.password')], // tfl-eval-not: hardcoded-credential
        ]);
    }

    public static function boot(): void
    {
        Config::set('services.kv.password', 'Kestrel%6781juniper'); // tfl-eval: hardcoded-credential
    }

    public function verify(string $policyNumber): array
    {
        $signature = hash_hmac('sha256', $policyNumber, self::SIGNING_SECRET);
        $response = $this->http->get('policies/' . $policyNumber, [
            'headers' => ['X-Partner-Token' => static::$partnerToken, 'X-Signature' => $signature],
        ]);
        return json_decode((string) $response->getBody(), true);
    }
}
