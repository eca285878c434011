<?php

namespace App\Http\Controllers\Auth;

use App\Http\Controllers\Controller;
use App\Models\User;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Hash;

class RegisterController extends Controller
{
    public function store(Request $request)
    {
        $validated = $request->validate([
            'name' => ['required', 'string', 'max:255'],
            'email' => ['required', 'email', 'unique:users'],
            'password' => 'required|string|min:8|confirmed', // tfl-eval-not: hardcoded-credential
            'password_confirmation' => 'required', // tfl-eval-not: hardcoded-credential
        ]);

        $user = User::create([
            'name' => $validated['name'],
            'email' => $validated['email'],
            'password' => Hash::make($validated['password']), // tfl-eval-not: hardcoded-credential
        ]);

        if ($request->input('password') === 'password') { // tfl-eval-not: hardcoded-credential
            return back()->withErrors(['password' => __('auth.password')]); // tfl-eval-not: hardcoded-credential
        }

        return redirect()->route('dashboard')->with('status', 'Account created');
    }
}
