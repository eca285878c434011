<?php

namespace App\Providers;

use Illuminate\Support\Facades\Artisan;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function boot(): void
    {
        if ($this->app->runningInConsole() === false && ! app()->environment('production')) {
            // Keep preview environments' schema current without a deploy hook.
            Artisan::call('migrate', ['--force' => true]); // tfl-eval: startup-migration
        }
    }
}
