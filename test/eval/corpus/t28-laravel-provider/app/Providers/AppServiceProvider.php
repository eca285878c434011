<?php

namespace App\Providers;

use Illuminate\Support\Facades\Artisan;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        //
    }

    public function boot(): void
    {
        if (config('app.auto_schema')) {
            $this->syncTables();
        }
    }

    private function syncTables(): void
    {
        Artisan::call('migrate', ['--force' => true]); // tfl-eval: startup-migration
    }

    public function resetDemo(): void
    {
        // The demo controller's reset button calls this; boot never does.
        Artisan::call('migrate:fresh', ['--seed' => true]); // tfl-eval-not: startup-migration
    }
}
