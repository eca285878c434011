<?php

namespace App\Providers;

use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function boot(): void
    {
        config(['services.shipcloud.key' => '52aa6798f35c152af1ead00763ce0e43']); // tfl-eval: hardcoded-credential
        config(['app.timezone' => 'Europe/Berlin']);
        $_ENV['PAYPAL_CLIENT_SECRET'] = 'vHNAYyyfU0emkvyqyy5FFi4XLvPrEiDJShSAdqfo'; // tfl-eval: hardcoded-credential
        $_SERVER['APP_NAME'] = 'Shop';
    }
}
