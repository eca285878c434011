<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class AvatarController extends Controller
{
    public function store(Request $request)
    {
        $request->validate(['avatar' => 'required|image|max:2048']);
        $path = $request->file('avatar')->store('avatars', 'local'); // tfl-eval: memory-session-store
        $request->user()->update(['avatar_path' => $path]);

        return back()->with('status', 'avatar-updated');
    }

    public function storeBanner(Request $request)
    {
        $path = $request->file('banner')->store('banners', 's3'); // tfl-eval-not: memory-session-store
        return response()->json(['path' => $path]);
    }

    public function storeDocument(Request $request)
    {
        $path = $request->file('document')->store('documents'); // tfl-eval-not: memory-session-store
        return response()->json(['path' => $path]);
    }
}
