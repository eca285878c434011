<?php

namespace Tests\Unit;

use Illuminate\Support\Facades\Http;
use Tests\TestCase;

class KycClientTest extends TestCase
{
    public function test_sends_bearer(): void
    {
        Http::fake();
        Http::withToken('fake-token')->get('https://api.kyc-partner.example'); // tfl-eval-not: hardcoded-credential
        Http::assertSent(fn ($request) => $request->hasHeader('Authorization', 'Bearer fake-token')); // tfl-eval-not: hardcoded-credential
    }
}
