<?php

namespace App\Providers;

use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function boot(): void
    {
        if (app()->environment('local')) {
            config(['services.labs.password' => 'velvet-ocean-3']); // tfl-eval-not: hardcoded-credential
        }
    }
}
