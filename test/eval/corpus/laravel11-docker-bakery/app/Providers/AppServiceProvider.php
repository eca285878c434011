<?php

namespace App\Providers;

use Illuminate\Support\Facades\Artisan;
use Illuminate\Support\Facades\Schema;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function boot(): void
    {
        Schema::defaultStringLength(191); // tfl-eval-not: startup-migration
        if ($this->app->environment('local')) {
            Artisan::call('migrate'); // tfl-eval-not: startup-migration
        }
    }
}
