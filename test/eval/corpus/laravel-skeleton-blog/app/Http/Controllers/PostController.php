<?php

namespace App\Http\Controllers;

use App\Models\Post;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Cache;

class PostController extends Controller
{
    public function index()
    {
        return Cache::remember('posts.latest', 60, fn () => Post::latest()->take(20)->get());
    }

    public function store(Request $request)
    {
        $post = Post::create($request->validate(['title' => 'required|max:200', 'body' => 'required']));

        return response()->json($post, 201);
    }
}
