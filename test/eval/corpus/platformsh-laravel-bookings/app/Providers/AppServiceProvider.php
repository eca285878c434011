<?php

namespace App\Providers;

use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function boot(): void
    {
        if ($this->app->environment('local')) {
            \Illuminate\Support\Facades\DB::listen(fn ($query) => logger()->debug($query->sql));
        }
    }
}
