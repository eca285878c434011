<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class ReportController extends Controller
{
    private static array $cartsByUser = [];

    public function export(Request $request)
    {
        self::$cartsByUser[$request->user()->id][] = $request->input('report');

        return response()->json(['queued' => count(self::$cartsByUser[$request->user()->id])]);
    }
}
