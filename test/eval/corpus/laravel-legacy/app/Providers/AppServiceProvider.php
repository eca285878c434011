<?php

namespace App\Providers;

use Illuminate\Support\Facades\Artisan;
use Illuminate\Support\Facades\Schema;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function boot()
    {
        Schema::defaultStringLength(191);

        if (! Schema::hasTable('migrations')) {
            Artisan::call('migrate', ['--force' => true]); // tfl-eval: startup-migration
        }
    }

    public function register()
    {
        //
    }
}
