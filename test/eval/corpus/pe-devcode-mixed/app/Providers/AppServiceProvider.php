<?php

namespace App\Providers;

use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function boot(): void
    {
        if ($this->app->environment('local')) {
            config(['services.mailgun.secret' => 'local-mailgun-secret']); // tfl-eval-not: hardcoded-credential
        }
        if (app()->isLocal()) {
            putenv('STRIPE_SECRET=local-stripe-placeholder'); // tfl-eval-not: hardcoded-credential
        }
    }
}
