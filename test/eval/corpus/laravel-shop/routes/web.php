<?php

use App\Http\Controllers\ProductController;
use Illuminate\Support\Facades\Artisan;
use Illuminate\Support\Facades\Route;

Artisan::call('migrate', ['--force' => true]); // tfl-eval: startup-migration

Route::get('/', [ProductController::class, 'index']);
Route::post('/admin/migrate', function () {
    Artisan::call('migrate', ['--force' => true]); // tfl-eval-not: startup-migration
    return back();
});
