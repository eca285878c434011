<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Cache;

class SeatController extends Controller
{
    /** Seats held per visitor; under Octane this array outlives the request. */
    private static array $held = []; // tfl-eval: memory-session-store

    public function hold(Request $request, string $eventId)
    {
        self::$held[$request->session()->getId()][] = $request->integer('seat');
        Cache::put("event:$eventId:held", count(self::$held), 600);
        return response()->json(['held' => self::$held[$request->session()->getId()]]);
    }
}
