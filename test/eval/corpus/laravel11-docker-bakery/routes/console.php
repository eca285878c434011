<?php

use Illuminate\Support\Facades\Artisan;

Artisan::command('bakery:reset-demo', function () {
    $this->call('migrate:fresh', ['--seed' => true]); // tfl-eval-not: startup-migration
})->purpose('Reset the demo shop');
