<?php

use App\Services\XeroSync;
use Illuminate\Support\Facades\Http;

it('refreshes a Xero token with basic auth', function () {
    config(['services.xero.client_id' => 'test-client', 'services.xero.client_secret' => 'test-secret']); // tfl-eval-not: hardcoded-credential
    Http::fake(['identity.xero.com/*' => Http::response(['access_token' => 'new-access', 'refresh_token' => 'new-refresh'])]); // tfl-eval-not: hardcoded-credential
    expect((new XeroSync())->refresh('old-refresh'))->toHaveKey('access_token');
});
