<?php

namespace App\Http\Controllers;

use App\Models\User;
use Illuminate\Http\Request;
use Illuminate\Support\Str;

class PasswordResetController extends Controller
{
    public function store(Request $request)
    {
        $user = User::where('email', $request->input('email'))->firstOrFail();
        $token = bin2hex(random_bytes(32)); // tfl-eval-not: per-process-secret
        $user->forceFill(['reset_token' => hash('sha256', $token), 'reset_nonce' => Str::random(16)])->save(); // tfl-eval-not: per-process-secret

        return response()->noContent();
    }
}
