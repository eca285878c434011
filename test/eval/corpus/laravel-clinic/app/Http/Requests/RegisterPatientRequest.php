<?php

namespace App\Http\Requests;

use Illuminate\Foundation\Http\FormRequest;
use Illuminate\Validation\Rules\Password;

class RegisterPatientRequest extends FormRequest
{
    public function rules(): array
    {
        return [
            'email' => 'required|email|unique:patients',
            'password' => 'required|string|min:10|confirmed', // tfl-eval-not: hardcoded-credential
            'password_confirmation' => ['required', Password::defaults()], // tfl-eval-not: hardcoded-credential
        ];
    }

    public function messages(): array
    {
        return [
            'password.min' => 'Das Passwort muss mindestens 10 Zeichen lang sein.', // tfl-eval-not: hardcoded-credential
        ];
    }
}
