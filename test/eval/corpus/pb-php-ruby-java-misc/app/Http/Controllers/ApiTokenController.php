<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Str;

class ApiTokenController extends Controller
{
    public function store(Request $request)
    {
        $request->validate(['password' => 'required|current_password', 'name' => 'required|string|max:255']);
        $token = $request->user()->createToken($request->input('name'));

        return back()->with('status', __('API token created'))->with('token', $token->plainTextToken);
    }

    public function placeholder(): array
    {
        return ['api_key' => Str::random(40), 'secret' => bin2hex(random_bytes(32))];
    }
}
