<?php

namespace App\Providers;

use Illuminate\Support\Facades\Config;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function boot(): void
    {
        if ($this->app->environment('production')) {
            Config::set('services.mailgun.secret', 'key-891e28e7882b22a4f3ecfe1de66e9980'); // tfl-eval: hardcoded-credential
        }
        config(['services.algolia.secret' => 'f2658bdb081f92bbd0228254c107949f']); // tfl-eval: hardcoded-credential
        Config::set('auth.passwords.users.expire', 60); // tfl-eval-not: hardcoded-credential
        Config::set('session.cookie', 'shopfront_session');
    }
}
