<?php

namespace App\Http\Requests;

use Illuminate\Foundation\Http\FormRequest;

class RegisterRequest extends FormRequest
{
    public function rules(): array
    {
        return [
            'email' => 'required|email|unique:users',
            'password' => ['required', 'string', 'min:12', 'confirmed'], // tfl-eval-not: hardcoded-credential
            'api_token' => 'nullable|string|size:64', // tfl-eval-not: hardcoded-credential
        ];
    }

    public function messages(): array
    {
        return [
            'password.min' => 'Your password needs at least 12 characters.', // tfl-eval-not: hardcoded-credential
        ];
    }
}
