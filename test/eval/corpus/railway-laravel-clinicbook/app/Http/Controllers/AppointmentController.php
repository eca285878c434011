<?php

namespace App\Http\Controllers;

use Illuminate\Support\Facades\DB;

class AppointmentController extends Controller
{
    public function index()
    {
        return DB::table('appointments')->orderBy('starts_at')->limit(100)->get();
    }
}
