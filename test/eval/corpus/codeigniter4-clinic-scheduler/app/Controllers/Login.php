<?php

namespace App\Controllers;

class Login extends BaseController
{
    public function attempt()
    {
        $rules = [
            'email'    => 'required|valid_email',
            'password' => 'required|min_length[10]', // tfl-eval-not: hardcoded-credential
        ];
        if (! $this->validate($rules)) {
            return view('login', ['error' => 'Please enter your email and password.']); // tfl-eval-not: hardcoded-credential
        }
        $password = $this->request->getPost('password'); // tfl-eval-not: hardcoded-credential
        return auth()->attempt(['email' => $this->request->getPost('email'), 'password' => $password]);
    }
}
