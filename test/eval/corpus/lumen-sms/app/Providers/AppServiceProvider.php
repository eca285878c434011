<?php

namespace App\Providers;

use GuzzleHttp\Client;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function register()
    {
        $this->app->singleton('carrier', function () {
            return new Client([
                'base_uri' => 'https://rest.messagebird.example/',
                'headers' => [
                    'Authorization' => 'AccessKey uhth50u0kvwMnvC3gremAqas', // tfl-eval: hardcoded-credential
                    'Accept' => 'application/json',
                ],
            ]);
        });

        $this->app->singleton('redis.sms', function () {
            $redis = new \Redis();
            $redis->connect(env('REDIS_HOST', '127.0.0.1'), 6379);
            $redis->auth('T5ix3kJgbEDYdwyYk9h4ngSi'); // tfl-eval: hardcoded-credential
            return $redis;
        });
    }
}
