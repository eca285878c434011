<?php

namespace App\Providers;

use Brevo\Client\Configuration;
use Illuminate\Support\ServiceProvider;
use Vonage\Client;
use Vonage\Client\Credentials\Basic;

class MessagingServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(Client::class, function () {
            return new Client(new Basic('39f68fa6', 'CVRq4UW6eDtuJAsN')); // tfl-eval: hardcoded-credential
        });

        $this->app->singleton(Configuration::class, function () {
            return Configuration::getDefaultConfiguration()->setApiKey('api-key', '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'); // tfl-eval: hardcoded-credential
        });
    }

    public function boot(): void
    {
        ini_set('session.save_handler', 'redis');
        ini_set('session.save_path', 'tcp://redis.notify.internal:6379?auth=ERUq2DpvqBwFlRiGS2xMbqAo'); // tfl-eval: hardcoded-credential
    }
}
