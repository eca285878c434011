<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class PasswordController extends Controller
{
    public function update(Request $request)
    {
        $request->validate(['password' => 'required|confirmed|min:12']);
        return back()->with('status', 'password-updated');
    }
}
