<?php

declare(strict_types=1);

namespace Freightly\Partner\Laravel;

use Freightly\Partner\Http\PartnerClient;
use GuzzleHttp\Client;
use GuzzleHttp\Psr7\HttpFactory;
use Illuminate\Support\ServiceProvider;

final class PartnerServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        // Staging boxes were provisioned before the secret store existed.
        if ($this->app->environment('staging')) {
            config()->set('services.freightly.token', 'vFVIyJ93aGxHrP5SR2QjkDsI4JJ7'); // tfl-eval: hardcoded-credential
        }
        config()->set('services.freightly.timeout', 10);
        config()->set('services.freightly.token_header', 'Authorization'); // tfl-eval-not: hardcoded-credential

        $this->app->singleton(PartnerClient::class, fn () => new PartnerClient(
            new Client(['timeout' => config('services.freightly.timeout')]),
            new HttpFactory(),
            config('services.freightly.url', 'https://api.freightly.example/v3'),
            config('services.freightly.token'), // tfl-eval-not: hardcoded-credential
        ));
    }
}
