<?php

use Illuminate\Support\Facades\Route;

Route::get('/health', fn () => response()->json(['status' => 'ok']));
Route::get('/xero/callback', [\App\Http\Controllers\XeroController::class, 'callback'])->middleware('auth');
