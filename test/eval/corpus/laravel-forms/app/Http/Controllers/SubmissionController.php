<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;

class SubmissionController extends Controller
{
    public function store(Request $request)
    {
        $path = $request->file('attachment')?->store('attachments', 's3');
        Log::info('submission stored', ['path' => $path]);

        return response()->json(['ok' => true], 201);
    }
}
