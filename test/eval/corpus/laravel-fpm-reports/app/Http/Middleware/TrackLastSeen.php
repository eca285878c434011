<?php

namespace App\Http\Middleware;

use Closure;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Cache;

class TrackLastSeen
{
    /** Users already touched in this request cycle; php-fpm starts each request empty. */
    private static array $touched = [];

    public function handle(Request $request, Closure $next)
    {
        $user = $request->user();
        if ($user && !isset(self::$touched[$user->id])) {
            self::$touched[$user->id] = true;
            Cache::put("last-seen:{$user->id}", now(), 3600);
        }

        return $next($request);
    }
}
