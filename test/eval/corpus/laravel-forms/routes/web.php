<?php

use App\Http\Controllers\SubmissionController;
use Illuminate\Support\Facades\Route;

Route::get('/up', fn () => response('ok'));
Route::post('/submissions', [SubmissionController::class, 'store']);
